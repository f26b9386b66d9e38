import type { Cascade } from '../cascade/queries.ts';
import { levelOf } from '../domain/admin-code.ts';
import type { DocumentLevel } from '../domain/document.ts';
import type { Lang } from '../i18n/lang.ts';
import { t, tf } from '../i18n/strings.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import { taskIndex } from '../joins/task-index.ts';
import { ensureLinks } from '../state/cascade-links.ts';
import { selectCascade } from '../state/cascade-selectors.ts';
import type { AppStore } from '../state/store.ts';
import { documentShortName } from '../view/document-names.ts';
import { fill, h } from './dom.ts';
import { documentLine, renderLinkItem, type ShownTask } from './task-link-item.ts';

export interface TaskLinksOptions {
  /** Where the <dialog> lives. @default document.body */
  parent?: HTMLElement;
}

/** Documents of these levels can be carried out by lower ones: their tasks offer the cascade view. */
const UPPER_LEVELS: ReadonlySet<DocumentLevel | null> = new Set(['national', 'province', 'prefecture']);

let nextId = 0;

/**
 * The link view: a dialog with one task's "carries out ↑" (its upper tasks, strongest first) and "carried out
 * by ↓" (its lower tasks by region), each link with its reasons and the two texts, evidence marked. Following a
 * link opens the other task's links; a back button returns along the way taken. From an upper task, "show on
 * map" turns on the cascade view of it.
 */
export function createTaskLinks(store: AppStore, opts: TaskLinksOptions = {}) {
  const headingId = `task-links-title-${nextId++}`;
  const heading = h('h2', { id: headingId, class: 'modal-title links-title' });
  const close = h('button', { type: 'button', class: 'modal-close links-close' }, '×');
  const body = h('div', { class: 'links-body' });
  const dialog = h('dialog', { class: 'modal task-links', 'aria-labelledby': headingId }, h('header', { class: 'modal-head links-head' }, heading, close), body);
  (opts.parent ?? document.body).append(dialog);

  /** The tasks opened, the shown one last. */
  let trail: string[] = [];
  let returnFocusTo: (() => HTMLElement | null) | undefined;
  let unsubscribe: (() => void) | null = null;

  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    unsubscribe?.();
    unsubscribe = null;
    trail = [];
    const back = returnFocusTo?.();
    returnFocusTo = undefined;
    back?.focus();
  });

  const show = (taskId: string) => {
    trail.push(taskId);
    render(true);
  };
  const back = () => {
    trail.pop();
    render(true);
  };

  function render(takeFocus: boolean): void {
    const s = store.getState();
    const lang = s.lang;
    dialog.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    heading.textContent = t(lang, 'linksTitle');
    close.setAttribute('aria-label', t(lang, 'close'));
    close.title = t(lang, 'close');
    const cascade = selectCascade(s);
    const id = trail[trail.length - 1];
    if (!s.data || !cascade || id === undefined) {
      const failed = s.linksStatus === 'failed';
      fill(body, h('p', { class: `links-status${failed ? ' error' : ''}`, role: failed ? 'alert' : 'status' }, t(lang, failed ? 'linksUnavailable' : 'linksLoading')));
      return;
    }
    const focus = shownTask(s.data, id, lang);
    if (!focus) {
      fill(body, h('p', { class: 'links-status error', role: 'alert' }, t(lang, 'linksUnknownTask')));
      return;
    }
    const taskHeading = h('h3', { class: 'links-task', tabindex: -1, lang: 'zh-CN' }, `${focus.task.label} ${focus.task.title.trim()}`);
    const previous = trail[trail.length - 2];
    const onMap = () => {
      // The issuer's own map: 陕西's prefectures for a 陕西 task, the provinces for a national one.
      const region = focus.region ?? null;
      const level = region === null ? 'country' : levelOf(region);
      if (level === 'province' || level === 'prefecture') store.getState().setLevel(level, region);
      else store.getState().setLevel('country');
      store.getState().setCascade(focus.task.id);
      dialog.close();
    };
    fill(
      body,
      previous === undefined ? null : backButton(shownTask(s.data, previous, lang), lang, back),
      h('section', { class: 'links-focus' }, h('p', { class: 'links-doc' }, documentLine(focus, lang)), taskHeading, UPPER_LEVELS.has(focus.level) ? button('links-map', t(lang, 'linksShowOnMap'), onMap) : null),
      ...renderSections(s.data, lang, cascade, focus, show),
    );
    if (takeFocus) {
      body.scrollTop = 0;
      taskHeading.focus({ preventScroll: true });
    }
  }

  /** Opens the links of a task; focus goes back to `returnFocusTo` when the dialog closes. */
  function open(taskId: string, opener?: () => HTMLElement | null): void {
    returnFocusTo = opener;
    trail = [];
    if (!dialog.open) dialog.showModal();
    show(taskId);
    unsubscribe ??= store.subscribe(
      (s) => [selectCascade(s), s.lang, s.linksStatus] as const,
      () => render(false),
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
    );
    void ensureLinks(store);
  }

  function destroy(): void {
    if (dialog.open) dialog.close();
    dialog.remove();
  }

  return { open, close: () => dialog.open && dialog.close(), destroy, element: dialog };
}

export type TaskLinks = ReturnType<typeof createTaskLinks>;

function button(cls: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', class: cls }, text);
  b.addEventListener('click', onClick);
  return b;
}

/** "← Back to 洋县 2023 (五)": along the way taken. */
function backButton(previous: ShownTask | null, lang: Lang, onClick: () => void): HTMLButtonElement | null {
  return previous && button('links-back', tf(lang, 'linksBack', { task: `${previous.document} ${previous.task.label}` }), onClick);
}

/** Carries out ↑ and carried out by ↓, each link an item (task-link-item.ts); the first shows its texts. */
function renderSections(data: AtlasData, lang: Lang, cascade: Cascade, focus: ShownTask, show: (taskId: string) => void): HTMLElement[] {
  const docName = (id: string | null) => documentShortName(data.table, data.names, lang, id);
  const up = cascade.upward(focus.task.id);
  const down = cascade.downward(focus.task.id);
  let first = true;
  const item = (other: (typeof up)[number]) => {
    const li = renderLinkItem({ lang, focus, other, otherDocument: docName(other.document.id), onFollow: show, open: first });
    first = false;
    return li;
  };
  const count = down.reduce((n, g) => n + g.tasks.length, 0);
  return [
    h(
      'section',
      { class: 'links-up' },
      h('h3', {}, `${t(lang, 'linksUp')} (${up.length})`),
      h('p', { class: 'links-hint' }, t(lang, 'linksUpHint')),
      up.length ? h('ol', { class: 'link-list' }, ...up.map((x) => item(x))) : h('p', { class: 'links-none' }, t(lang, 'linksNoneUp')),
    ),
    h(
      'section',
      { class: 'links-down' },
      h('h3', {}, `${t(lang, 'linksDown')} (${count})`),
      h('p', { class: 'links-hint' }, t(lang, 'linksDownHint')),
      ...(down.length
        ? down.map((g) => h('div', { class: 'link-region', 'data-region': g.region }, h('h4', {}, data.names.name(g.region, lang) ?? g.region), h('ol', { class: 'link-list' }, ...g.tasks.map((x) => item(x)))))
        : [h('p', { class: 'links-none' }, t(lang, 'linksNoneDown'))]),
    ),
    h('p', { class: 'links-note' }, t(lang, 'linksEvidenceNote')),
  ];
}

/** A task of the atlas with its document's short name and level, or null for an id it does not hold. */
function shownTask(data: AtlasData, id: string, lang: Lang): ShownTask | null {
  const k = taskIndex(data.table, id);
  if (k === undefined) return null;
  const doc = data.table.documents[data.table.docOf[k]!]!.document;
  return { task: data.table.tasks[k]!, document: documentShortName(data.table, data.names, lang, doc.id), level: doc.level, region: doc.region?.code ?? null };
}
