import { shallow } from 'zustand/vanilla/shallow';
import { createCategoryBars } from '../charts/category-bars.ts';
import { createDeadlineTimeline } from '../charts/deadline-timeline.ts';
import { CATEGORIES } from '../domain/categories.ts';
import { isFiltered } from '../domain/filters.ts';
import type { CompositeKind } from '../domain/region.ts';
import { t, tf, type StringKey } from '../i18n/strings.ts';
import { regionDetail, type RegionDetail } from '../joins/region-detail.ts';
import { formatDeadline } from '../lib/deadline-period.ts';
import { selectKept } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import type { Lang } from '../i18n/lang.ts';
import { createComparePicker } from './compare-picker.ts';
import { renderDepartmentList } from './department-list.ts';
import { fill, h } from './dom.ts';
import { createSourceViewer, type SourceViewer } from './source-viewer.ts';
import { renderTargetsTable } from './targets-table.ts';
import { renderTaskGroups } from './task-groups.ts';

export interface RegionPanelOptions {
  /** The dialog that shows source texts. @default one created for this panel, loading the shipped texts */
  viewer?: SourceViewer;
}

const KIND_KEY: Record<CompositeKind, StringKey> = {
  cluster: 'kindCluster',
  metro: 'kindMetro',
  zone: 'kindZone',
  pilot: 'kindPilot',
  group: 'kindGroup',
  region: 'kindRegion',
};

type SectionId = 'tasks' | 'targets' | 'categories' | 'timeline' | 'departments';
const SECTIONS: ReadonlyArray<{ id: SectionId; key: StringKey }> = [
  { id: 'tasks', key: 'panelTasks' },
  { id: 'targets', key: 'panelTargets' },
  { id: 'categories', key: 'panelCategories' },
  { id: 'timeline', key: 'panelTimeline' },
  { id: 'departments', key: 'panelDepartments' },
];

let nextId = 0;

/**
 * The region panel: what the selected region is asked to do, by whom, by when. It renders whatever
 * `state.selected` names (an admin code or a composite id) under the current filters, and hides when nothing is
 * selected.
 *
 * Focus: when the selection changes while the panel exists (a click on the map, a search result), focus moves to
 * the panel's heading, so keyboard and screen-reader users land on what they opened. The first render does not
 * take focus: a region opened from a URL should not pull the page's focus away from its start. Closing (the
 * button, or Escape inside the panel) gives focus back to where it was before the panel took it.
 */
export function createRegionPanel(el: HTMLElement, store: AppStore, opts: RegionPanelOptions = {}) {
  const id = `region-panel-${nextId++}`;
  const viewer = opts.viewer ?? createSourceViewer();
  const ownsViewer = !opts.viewer;

  const heading = h('h2', { id: `${id}-title`, class: 'panel-title', tabindex: -1 });
  const kind = h('p', { class: 'panel-kind' });
  const count = h('p', { class: 'panel-count', 'aria-live': 'polite' });
  const close = h('button', { type: 'button', class: 'panel-close' }, '×');
  const compare = createComparePicker(store);
  const nav = h('nav', { class: 'panel-nav' });
  const empty = h('div', { class: 'panel-empty', hidden: true });
  const sections = new Map<SectionId, { root: HTMLElement; title: HTMLElement; body: HTMLElement }>();
  for (const s of SECTIONS) {
    const title = h('h3', { id: `${id}-${s.id}`, tabindex: -1 });
    const body = h('div', { class: 'panel-section-body' });
    sections.set(s.id, { root: h('section', { class: `panel-section panel-${s.id}`, 'aria-labelledby': title.id }, title, body), title, body });
  }
  const section = (s: SectionId) => sections.get(s)!;
  el.replaceChildren(
    h('header', { class: 'panel-head' }, h('div', { class: 'panel-head-text' }, heading, kind, count), compare.button, close),
    compare.row,
    nav,
    empty,
    ...[...sections.values()].map((s) => s.root),
  );
  el.setAttribute('aria-labelledby', heading.id);
  const bars = createCategoryBars(section('categories').body);
  const timeline = createDeadlineTimeline(section('timeline').body);

  /** Where focus was before the panel took it, to give it back on close. */
  let returnTo: HTMLElement | null = null;

  function render(s: AppState): void {
    const { selected, data, lang } = s;
    el.hidden = selected === null;
    if (selected === null) return;
    el.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    close.setAttribute('aria-label', t(lang, 'close'));
    close.title = t(lang, 'close');
    compare.render(s);
    const names = data?.names;
    heading.textContent = names?.has(selected) ? names.both(selected, lang) : data ? `${t(lang, 'unknownRegion')} ${selected}` : selected;
    const composite = names?.composite(selected);
    kind.textContent = composite ? t(lang, KIND_KEY[composite.kind]) : '';
    kind.hidden = !composite;

    const kept = selectKept(s);
    if (!data || !kept) {
      count.textContent = t(lang, 'loading');
      showEmpty(null, lang);
      return;
    }
    const detail = regionDetail(data.table, kept, selected, s.expandComposites);
    const filtered = isFiltered(s.filters);
    count.textContent = filtered
      ? tf(lang, 'panelCountFiltered', { n: detail.count, total: detail.total })
      : tf(lang, detail.count === 1 ? 'panelCountOne' : 'panelCount', { n: detail.count });
    count.classList.toggle('filtered', filtered);
    if (detail.count === 0) {
      showEmpty(filtered ? 'panelNoTasks' : 'panelNoTasksAtAll', lang, filtered);
      return;
    }
    showEmpty(false, lang);
    renderSections(detail, lang);
  }

  /** Hides the sections; with a message key, says why (and offers to clear the filters when they are the reason). */
  function showEmpty(message: StringKey | null | false, lang: Lang, offerClear = false): void {
    const on = message !== false;
    for (const s of sections.values()) s.root.hidden = on;
    nav.hidden = on;
    empty.hidden = !on || message === null;
    if (!on) return;
    // Drop the last region's lists, so nothing stale stays in the page behind the message.
    for (const s of ['tasks', 'targets', 'departments'] as const) section(s).body.replaceChildren();
    if (message === null) return;
    const clear = offerClear ? h('button', { type: 'button', class: 'panel-clear' }, t(lang, 'clearFilters')) : null;
    clear?.addEventListener('click', () => store.getState().clearFilters());
    fill(empty, h('p', {}, t(lang, message)), clear);
  }

  function renderSections(detail: RegionDetail, lang: Lang): void {
    const counts: Partial<Record<SectionId, number>> = { tasks: detail.count, targets: detail.targets.length, departments: detail.departments.length };
    for (const s of SECTIONS) section(s.id).title.textContent = t(lang, s.key);
    fill(
      nav,
      ...SECTIONS.map((s) => {
        const n = counts[s.id];
        const b = h('button', { type: 'button', class: 'panel-jump' }, t(lang, s.key), n === undefined ? null : h('span', { class: 'jump-count' }, ` ${n}`));
        // Buttons, not #anchors: the map owns the URL hash.
        b.addEventListener('click', () => {
          const title = section(s.id).title;
          title.scrollIntoView({ block: 'start' });
          title.focus({ preventScroll: true });
        });
        return b;
      }),
    );
    nav.setAttribute('aria-label', t(lang, 'panelSections'));

    fill(
      section('tasks').body,
      renderTaskGroups(detail.byDocument, {
        lang,
        onSource: (task, doc, button) => {
          if (!doc.file) return;
          void viewer.open({
            title: doc.title,
            file: doc.file,
            span: task.span,
            lang,
            // The button is gone if the panel re-rendered meanwhile; the heading is the nearest stable place.
            returnFocusTo: () => (button.isConnected ? button : el.hidden ? null : heading),
          });
        },
      }),
    );
    fill(section('targets').body, renderTargetsTable(detail.targets, lang));
    bars.update({
      title: t(lang, 'panelCategories'),
      bars: [...detail.categories]
        .sort((a, b) => b.count - a.count)
        .map((c) => ({ key: c.id, label: CATEGORIES.find((x) => x.id === c.id)![lang], value: c.count })),
    });
    const ordinal = new Map<string, number>();
    timeline.update({
      title: t(lang, 'panelTimeline'),
      lang,
      labels: { target: t(lang, 'timelineTarget'), inferred: t(lang, 'timelineInferred'), milestone: t(lang, 'timelineMilestone'), empty: t(lang, 'timelineEmpty') },
      marks: detail.deadlines.map((d) => {
        const n = (ordinal.get(d.task.id) ?? 0) + 1;
        ordinal.set(d.task.id, n);
        const when = `${formatDeadline(d.deadline, lang)}${d.inferred ? ` († ${t(lang, 'panelInferred')})` : ''}`;
        return { key: `${d.task.id}#${n}`, deadline: d.deadline, kind: d.kind, inferred: d.inferred, title: `${when}\n${d.text}\n${d.task.label} ${d.task.title.trim()}` };
      }),
    });
    fill(section('departments').body, renderDepartmentList(detail.departments, lang));
  }

  const onClose = () => store.getState().select(null);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onClose();
  };
  close.addEventListener('click', onClose);
  el.addEventListener('keydown', onKey);

  render(store.getState());
  const unsubscribe = store.subscribe(
    (s) => [s.selected, s.data, s.filters, s.expandComposites, s.lang] as const,
    ([selected], [previous]) => {
      const active = document.activeElement;
      const hadFocus = active instanceof HTMLElement && el.contains(active);
      if (selected !== previous && selected !== null && !hadFocus) returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
      render(store.getState());
      if (selected !== previous) el.scrollTop = 0;
      if (selected === null) {
        if (hadFocus) restoreFocus();
      } else if (selected !== previous || (hadFocus && !el.contains(document.activeElement))) {
        // A new region, or the focused control was re-rendered away: land on the heading.
        heading.focus({ preventScroll: true });
      }
    },
    { equalityFn: shallow },
  );

  function restoreFocus(): void {
    const target = returnTo;
    returnTo = null;
    if (target?.isConnected) target.focus();
  }

  function destroy(): void {
    unsubscribe();
    close.removeEventListener('click', onClose);
    el.removeEventListener('keydown', onKey);
    compare.destroy();
    bars.destroy();
    timeline.destroy();
    if (ownsViewer) viewer.destroy();
    el.removeAttribute('aria-labelledby');
    el.replaceChildren();
    el.hidden = true;
  }

  return { destroy };
}

export type RegionPanel = ReturnType<typeof createRegionPanel>;
