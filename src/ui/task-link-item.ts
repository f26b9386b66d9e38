import { explainLink } from '../cascade/explain.ts';
import { evidenceSpans } from '../cascade/highlight.ts';
import type { LinkedTask } from '../cascade/queries.ts';
import type { DocumentLevel } from '../domain/document.ts';
import type { Task } from '../domain/task.ts';
import type { Lang } from '../i18n/lang.ts';
import { t, tf } from '../i18n/strings.ts';
import { issuerLevelName } from '../view/filter-summary.ts';
import { h } from './dom.ts';
import { markedText } from './marked-text.ts';

/** A task with what names it in the link view: its document's short name and level. */
export interface ShownTask {
  task: Task;
  /** 洋县 2023 */
  document: string;
  level: DocumentLevel | null;
  /** The issuing region's code (null: national, or unknown). */
  region?: string | null;
}

export interface LinkItemOptions {
  lang: Lang;
  /** The task whose links are shown. */
  focus: ShownTask;
  /** The task at the link's other end. */
  other: LinkedTask;
  /** The other task's document's short name. */
  otherDocument: string;
  /** Opens the other task's links (one click from each other). */
  onFollow: (taskId: string) => void;
  /** Whether the two texts are shown open. */
  open: boolean;
}

/** 洋县 2023 · 县级; a national document's short name (国家 2022) says its level already. */
export const documentLine = (x: ShownTask, lang: Lang) => (x.level && x.level !== 'national' ? `${x.document} · ${issuerLevelName(x.level, lang)}` : x.document);

/**
 * One link in the link view: the other task (a button that opens its links), how strong the link is, why it exists
 * (explainLink), and the two texts side by side with the evidence marked in both: the shared terms, a title both
 * cite, the clause copied word for word. A planner checks the link against the texts, not against a score.
 */
export function renderLinkItem(o: LinkItemOptions): HTMLLIElement {
  const { lang, other } = o;
  const shownOther: ShownTask = { task: other.task, document: o.otherDocument, level: other.document.level };
  const title = `${other.task.label} ${other.task.title.trim()}`;
  const follow = h(
    'button',
    // Named by what it shows (label in name); what it does is its description.
    { type: 'button', class: 'link-follow', title: t(lang, 'linksFollowHint') },
    h('span', { class: 'link-doc' }, documentLine(shownOther, lang)),
    ' ',
    h('span', { class: 'link-title', lang: 'zh-CN' }, title),
  );
  follow.addEventListener('click', () => o.onFollow(other.task.id));
  // The reasons alone: the two tasks are named just above, and the section says which carries out which.
  const why = explainLink(other.link)[lang];
  return h(
    'li',
    { class: 'link-item', 'data-task-id': other.task.id },
    h('div', { class: 'link-head' }, follow, h('span', { class: 'link-score' }, tf(lang, 'linksStrength', { score: other.link.score.toFixed(2) }))),
    h('p', { class: 'link-why' }, why),
    renderPair(o, shownOther),
  );
}

/** The two tasks' texts side by side (stacked on a narrow screen), the focus task first. */
function renderPair(o: LinkItemOptions, other: ShownTask): HTMLDetailsElement {
  const evidence = o.other.link.evidence;
  const column = (x: ShownTask) =>
    h(
      'div',
      { class: 'link-text' },
      h('p', { class: 'link-text-head' }, `${x.document} ${x.task.label}`),
      h('p', { class: 'link-text-body', lang: 'zh-CN' }, ...markedText(x.task.text, evidenceSpans(x.task, evidence).map((m) => ({ ...m, note: m.evidence })))),
    );
  return h(
    'details',
    { class: 'link-texts', open: o.open },
    h('summary', {}, t(o.lang, 'linksTexts')),
    h('div', { class: 'link-pair' }, column(o.focus), column(other)),
  );
}
