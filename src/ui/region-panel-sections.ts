import { sourceKeyOf } from '../io/document-text.ts';
import { createCategoryBars } from '../charts/category-bars.ts';
import { createDeadlineTimeline, type TimelineMark } from '../charts/deadline-timeline.ts';
import { CATEGORIES } from '../domain/categories.ts';
import { t, type StringKey } from '../i18n/strings.ts';
import type { Lang } from '../i18n/lang.ts';
import type { RegionDetail } from '../joins/region-detail.ts';
import { formatDeadline } from '../lib/deadline-period.ts';
import { renderDepartmentList } from './department-list.ts';
import { fill, h } from './dom.ts';
import type { SourceViewer } from './source-viewer.ts';
import { renderTargetsTable } from './targets-table.ts';
import { renderTaskGroups, type TaskGroupsOptions } from './task-groups.ts';

type SectionId = 'tasks' | 'targets' | 'categories' | 'timeline' | 'departments';
const SECTIONS: ReadonlyArray<{ id: SectionId; key: StringKey }> = [
  { id: 'tasks', key: 'panelTasks' },
  { id: 'targets', key: 'panelTargets' },
  { id: 'categories', key: 'panelCategories' },
  { id: 'timeline', key: 'panelTimeline' },
  { id: 'departments', key: 'panelDepartments' },
];

export interface PanelSectionsOptions {
  /** The dialog that shows source texts. */
  viewer: SourceViewer;
  /** Where focus goes when the source text closes and the button that opened it is gone. */
  fallbackFocus: () => HTMLElement | null;
  /** Clears the filters: offered when they leave the region without tasks. */
  onClearFilters: () => void;
}

/**
 * The region panel's body: a navigation to its sections, a message shown instead of them, and the sections (the
 * tasks by document, targets, categories, deadlines and departments), with their renderers.
 */
export function createPanelSections(id: string, opts: PanelSectionsOptions) {
  const nav = h('nav', { class: 'panel-nav' });
  const empty = h('div', { class: 'panel-empty', hidden: true });
  const sections = new Map<SectionId, { root: HTMLElement; title: HTMLElement; body: HTMLElement }>();
  for (const s of SECTIONS) {
    const title = h('h3', { id: `${id}-${s.id}`, tabindex: -1 });
    const body = h('div', { class: 'panel-section-body' });
    sections.set(s.id, { root: h('section', { class: `panel-section panel-${s.id}`, 'aria-labelledby': title.id }, title, body), title, body });
  }
  const section = (s: SectionId) => sections.get(s)!;
  const elements = [nav, empty, ...[...sections.values()].map((s) => s.root)];
  const bars = createCategoryBars(section('categories').body);
  const timeline = createDeadlineTimeline(section('timeline').body);

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
    clear?.addEventListener('click', opts.onClearFilters);
    fill(empty, h('p', {}, t(lang, message)), clear);
  }

  /** @param links the cascade's link counts and link view for each task, once the links are in */
  function render(detail: RegionDetail, lang: Lang, links: TaskGroupsOptions['links'] = null): void {
    for (const s of SECTIONS) section(s.id).title.textContent = t(lang, s.key);
    renderNav(nav, { tasks: detail.count, targets: detail.targets.length, departments: detail.departments.length }, (s) => section(s).title, lang);
    fill(
      section('tasks').body,
      renderTaskGroups(detail.byDocument, {
        lang,
        links,
        onSource: (task, doc, button) => {
          const file = sourceKeyOf(doc);
          if (!file) return;
          void opts.viewer.open({
            title: doc.title,
            file,
            span: task.span,
            lang,
            // The button is gone if the panel re-rendered meanwhile; the heading is the nearest stable place.
            returnFocusTo: () => (button.isConnected ? button : opts.fallbackFocus()),
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
    timeline.update({
      title: t(lang, 'panelTimeline'),
      lang,
      labels: { target: t(lang, 'timelineTarget'), inferred: t(lang, 'timelineInferred'), milestone: t(lang, 'timelineMilestone'), empty: t(lang, 'timelineEmpty') },
      marks: timelineMarks(detail, lang),
    });
    fill(section('departments').body, renderDepartmentList(detail.departments, lang));
  }

  return {
    elements,
    showEmpty,
    render,
    destroy(): void {
      bars.destroy();
      timeline.destroy();
    },
  };
}

/** A button per section, with the count of its items where it has a list. */
function renderNav(nav: HTMLElement, counts: Partial<Record<SectionId, number>>, titleOf: (s: SectionId) => HTMLElement, lang: Lang): void {
  fill(
    nav,
    ...SECTIONS.map((s) => {
      const n = counts[s.id];
      const b = h('button', { type: 'button', class: 'panel-jump' }, t(lang, s.key), n === undefined ? null : h('span', { class: 'jump-count' }, ` ${n}`));
      // Buttons, not #anchors: the map owns the URL hash.
      b.addEventListener('click', () => {
        const title = titleOf(s.id);
        title.scrollIntoView({ block: 'start' });
        title.focus({ preventScroll: true });
      });
      return b;
    }),
  );
  nav.setAttribute('aria-label', t(lang, 'panelSections'));
}

/** The region's deadlines as timeline marks; a task's marks are told apart by their order in it. */
function timelineMarks(detail: RegionDetail, lang: Lang): TimelineMark[] {
  const ordinal = new Map<string, number>();
  return detail.deadlines.map((d) => {
    const n = (ordinal.get(d.task.id) ?? 0) + 1;
    ordinal.set(d.task.id, n);
    const when = `${formatDeadline(d.deadline, lang)}${d.inferred ? ` († ${t(lang, 'panelInferred')})` : ''}`;
    return { key: `${d.task.id}#${n}`, deadline: d.deadline, kind: d.kind, inferred: d.inferred, title: `${when}\n${d.text}\n${d.task.label} ${d.task.title.trim()}` };
  });
}
