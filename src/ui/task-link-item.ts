import { explainLink, type NamedTask } from '../cascade/explain.ts';
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
}

export interface LinkItemOptions {
  lang: Lang;
  /** The task whose links are shown. */
  focus: ShownTask;
  /** The task at the link's other end. */
  other: LinkedTask;
  /** The other task's document's short name. */
  otherDocument: string;
  /** 'up': the focus task carries out the other; 'down': the other carries out the focus task. */
  direction: 'up' | 'down';
  /** Opens the other task's links (one click from each other). */
  onFollow: (taskId: string) => void;
  /** Whether the two texts are shown open. */
  open: boolean;
}

const named = (x: ShownTask): NamedTask => ({ document: x.document, label: x.task.label, title: x.task.title.trim() });
/** 洋县 2023 · 县级 */
export const documentLine = (x: ShownTask, lang: Lang) => (x.level ? `${x.document} · ${issuerLevelName(x.level, lang)}` : x.document);

/**
 * One link in the link view: the other task (a button that opens its links), how strong the link is, why it exists
 * (explainLink), and the two texts side by side with the evidence marked in both: the shared terms, a title both
 * cite, the clause copied word for word. A planner checks the link against the texts, not against a score.
 */
export function renderLinkItem(o: LinkItemOptions): HTMLLIElement {
  const { lang, focus, other, direction } = o;
  const shownOther: ShownTask = { task: other.task, document: o.otherDocument, level: other.document.level };
  const [lower, upper] = direction === 'up' ? [focus, shownOther] : [shownOther, focus];
  const title = `${other.task.label} ${other.task.title.trim()}`;
  const follow = h(
    'button',
    { type: 'button', class: 'link-follow', 'aria-label': tf(lang, 'linksFollowLabel', { task: `${o.otherDocument} ${title}` }) },
    h('span', { class: 'link-doc' }, documentLine(shownOther, lang)),
    ' ',
    h('span', { class: 'link-title', lang: 'zh-CN' }, title),
  );
  follow.addEventListener('click', () => o.onFollow(other.task.id));
  const why = explainLink(other.link, { lower: named(lower), upper: named(upper) })[lang];
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
