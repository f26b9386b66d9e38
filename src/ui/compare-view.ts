import { shallow } from 'zustand/vanilla/shallow';
import { isFiltered } from '../domain/filters.ts';
import { t, tf, type StringKey } from '../i18n/strings.ts';
import { compareRegions } from '../joins/compare-regions.ts';
import { selectKept } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { createCompareCategories } from './compare-categories.ts';
import { renderDocuments, renderShared, renderSide } from './compare-sides.ts';
import { fill, h } from './dom.ts';
import { renderUnitsTable, renderYearsTable } from './compare-tables.ts';

type SectionId = 'categories' | 'units' | 'years' | 'documents';
const SECTIONS: ReadonlyArray<{ id: SectionId; key: StringKey }> = [
  { id: 'categories', key: 'panelCategories' },
  { id: 'units', key: 'compareUnits' },
  { id: 'years', key: 'compareYears' },
  { id: 'documents', key: 'compareDocuments' },
];

let nextId = 0;

/**
 * Two regions side by side, for `state.compare`: names, task counts, tasks per category (a diverging chart, as
 * counts or as shares of each region's tasks), targets by unit, deadlines by year, documents, and the tasks both
 * count. Same filters and composite setting as the map and the panel.
 *
 * A modal <dialog> rather than an overlay on the map: a comparison needs the width of the page (two columns and a
 * chart between them), the map behind it has nothing to add, and the dialog gives the top layer above deck.gl's
 * canvas, an inert page behind it, Escape and a focus trap natively. On a phone it fills the screen.
 *
 * It opens whenever `compare` is set (a URL, the panel's picker), and closing it (×, Escape, the backdrop) clears
 * `compare`. Focus goes back to where it was when it opened (the panel's 对比… button), if that is still there.
 */
export function createCompareView(parent: HTMLElement, store: AppStore) {
  const { dialog, heading, close, status, sides, shared, content, sections } = compareDialog(`compare-view-${nextId++}`);
  const section = (s: SectionId) => sections.get(s)!;
  parent.append(dialog);
  const categories = createCompareCategories(section('categories').body, () => render(store.getState()));

  let returnTo: HTMLElement | null = null;

  function sync(s: AppState): void {
    if (s.compare === null) {
      if (dialog.open) dialog.close();
      return;
    }
    if (!dialog.open) {
      const active = document.activeElement;
      returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
      dialog.showModal();
      // Open before drawing: the chart lays out at its box's measured width.
      render(s);
      heading.focus({ preventScroll: true });
      return;
    }
    render(s);
  }

  function render(s: AppState): void {
    const { data, lang } = s;
    const pair = s.compare!;
    dialog.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    heading.textContent = t(lang, 'compareTitle');
    close.setAttribute('aria-label', t(lang, 'close'));
    close.title = t(lang, 'close');
    const kept = selectKept(s);
    if (!data || !kept) return showStatus(t(lang, 'loading'), 'instead');
    const unknown = pair.filter((k) => !data.names.has(k));
    if (unknown.length) return showStatus(unknown.map((key) => tf(lang, 'compareUnknown', { key })).join(' '), 'error');

    const c = compareRegions(data.table, kept, pair[0], pair[1], s.expandComposites);
    const short = pair.map((k) => data.names.name(k, lang) ?? k) as [string, string];
    const filtered = isFiltered(s.filters);
    showStatus(filtered ? t(lang, 'compareFiltered') : '', 'note');
    for (const x of SECTIONS) section(x.id).title.textContent = t(lang, x.key);

    fill(sides, ...[c.a, c.b].map((side, i) => renderSide(side, data.names.both(side.key, lang), i, filtered, lang)));
    fill(shared, ...renderShared(c, lang));
    categories.render(c, short, lang);
    fill(section('units').body, renderUnitsTable(c, short, lang));
    fill(section('years').body, renderYearsTable(c, short, lang));
    fill(section('documents').body, h('div', { class: 'compare-cols' }, ...[c.a, c.b].map((side, i) => renderDocuments(side, i, lang))));
  }

  /** A note over the comparison, or a message instead of it (loading; an error, announced at once). */
  function showStatus(message: string, kind: 'note' | 'instead' | 'error'): void {
    status.textContent = message;
    status.classList.toggle('error', kind === 'error');
    status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    content.hidden = kind !== 'note';
  }

  const onClose = () => dialog.close();
  // A click on the backdrop lands on the <dialog> itself; clicks on its content land on its children.
  const onBackdrop = (e: MouseEvent) => {
    if (e.target === dialog) dialog.close();
  };
  // Escape closes a modal <dialog> natively (a 'cancel', then 'close'); every way of closing ends here.
  const onClosed = () => {
    if (store.getState().compare !== null) store.getState().setCompare(null);
    const target = returnTo;
    returnTo = null;
    if (target?.isConnected) target.focus();
  };
  close.addEventListener('click', onClose);
  dialog.addEventListener('click', onBackdrop);
  dialog.addEventListener('close', onClosed);

  sync(store.getState());
  const unsubscribe = store.subscribe(
    (s) => [s.compare, s.data, selectKept(s), s.expandComposites, s.lang] as const,
    () => sync(store.getState()),
    { equalityFn: shallow },
  );

  function destroy(): void {
    unsubscribe();
    close.removeEventListener('click', onClose);
    dialog.removeEventListener('click', onBackdrop);
    dialog.removeEventListener('close', onClosed);
    if (dialog.open) dialog.close();
    categories.destroy();
    dialog.remove();
  }

  return { destroy, element: dialog };
}

/** The <dialog> and its parts: a header with the title and ×, the status line, the two sides, and a section each. */
function compareDialog(id: string) {
  const heading = h('h2', { id: `${id}-title`, class: 'modal-title compare-title', tabindex: -1 });
  const close = h('button', { type: 'button', class: 'modal-close compare-close' }, '×');
  const status = h('p', { class: 'compare-status', role: 'status' });
  const sides = h('div', { class: 'compare-sides compare-cols' });
  const shared = h('div', { class: 'compare-shared' });
  const sections = new Map<SectionId, { root: HTMLElement; title: HTMLElement; body: HTMLElement }>();
  for (const s of SECTIONS) {
    const title = h('h3', { id: `${id}-${s.id}` });
    const body = h('div', { class: 'compare-section-body' });
    sections.set(s.id, { root: h('section', { class: `compare-section compare-section-${s.id}`, 'aria-labelledby': title.id }, title, body), title, body });
  }
  const content = h('div', { class: 'compare-content' }, sides, shared, ...[...sections.values()].map((s) => s.root));
  const dialog = h(
    'dialog',
    { class: 'modal compare-view', 'aria-labelledby': heading.id },
    h('header', { class: 'modal-head compare-head' }, heading, close),
    h('div', { class: 'compare-body' }, status, content),
  );
  return { dialog, heading, close, status, sides, shared, content, sections };
}

export type CompareView = ReturnType<typeof createCompareView>;
