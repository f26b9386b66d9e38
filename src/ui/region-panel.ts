import { shallow } from 'zustand/vanilla/shallow';
import { isFiltered } from '../domain/filters.ts';
import { regionDetail } from '../joins/region-detail.ts';
import { ensureLinks } from '../state/cascade-links.ts';
import { selectCascade } from '../state/cascade-selectors.ts';
import { selectKept } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { createPanelFocus } from './panel-focus.ts';
import { createPanelHead } from './region-panel-head.ts';
import { createPanelSections } from './region-panel-sections.ts';
import { createTakeUpSection } from './region-panel-takeup.ts';
import { createSourceViewer, type SourceViewer } from './source-viewer.ts';

export interface RegionPanelOptions {
  /** The dialog that shows source texts. @default one created for this panel, loading the shipped texts */
  viewer?: SourceViewer;
  /** Opens a task's link view (the policy cascade). @default the link dialog, loaded on first use */
  links?: LinkViewOpener;
  /**
   * The first render takes focus, as a later selection does: the panel was created for a region someone just chose
   * (its code loads with the first selection). @default false: a region opened from a URL leaves the page's focus alone
   */
  focusFirst?: boolean;
}

/** Something that shows a task's links: src/ui/task-links.ts. */
export interface LinkViewOpener {
  open(taskId: string, returnFocusTo: () => HTMLElement | null): void;
}

/** The link dialog, loaded with its lexicon (to mark the evidence) the first time a task's links are opened. */
function lazyLinkView(store: AppStore): LinkViewOpener & { destroy(): void } {
  let view: Promise<{ open: LinkViewOpener['open']; destroy(): void }> | null = null;
  return {
    open(taskId, returnFocusTo) {
      view ??= import('./task-links.ts').then((m) => m.createTaskLinks(store));
      void view.then((v) => v.open(taskId, returnFocusTo));
    },
    destroy: () => void view?.then((v) => v.destroy()),
  };
}

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
  const ownLinks = opts.links ? null : lazyLinkView(store);
  const links = opts.links ?? ownLinks!;
  const takeUp = createTakeUpSection(id);
  const head = createPanelHead(id, store);
  const { heading, close } = head;
  const sections = createPanelSections(id, {
    viewer,
    fallbackFocus: () => (el.hidden ? null : heading),
    onClearFilters: () => store.getState().clearFilters(),
  });
  // Take-up after the section buttons (the navigation and the empty message come first), before the tasks.
  const [nav, empty, ...rest] = sections.elements;
  el.replaceChildren(head.el, head.row, nav!, empty!, takeUp.el, ...rest);
  el.setAttribute('aria-labelledby', heading.id);
  const focusAround = createPanelFocus(el, heading);

  function render(s: AppState): void {
    const { selected, data, lang } = s;
    el.hidden = selected === null;
    if (selected === null) return;
    el.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    head.render(s, selected);
    const kept = selectKept(s);
    if (!data || !kept) {
      takeUp.render(null);
      head.showCount(null, false, lang);
      sections.showEmpty(null, lang);
      return;
    }
    void ensureLinks(store);
    const cascade = selectCascade(s);
    const openLinks = (taskId: string, button: HTMLButtonElement) => links.open(taskId, () => (button.isConnected ? button : el.hidden ? null : heading));
    takeUp.render(cascade && { lang, data, cascade, region: selected, kept, cascadeTask: s.cascade, open: openLinks });
    const detail = regionDetail(data.table, kept, selected, s.expandComposites);
    const filtered = isFiltered(s.filters);
    head.showCount(detail, filtered, lang);
    if (detail.count === 0) {
      sections.showEmpty(filtered ? 'panelNoTasks' : 'panelNoTasksAtAll', lang, filtered);
      return;
    }
    sections.showEmpty(false, lang);
    sections.render(detail, lang, cascade && { counts: (taskId) => ({ up: cascade.upward(taskId).length, down: cascade.downward(taskId).reduce((n, g) => n + g.tasks.length, 0) }), open: (task, button) => openLinks(task.id, button) });
  }

  const onClose = () => store.getState().select(null);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onClose();
  };
  close.addEventListener('click', onClose);
  el.addEventListener('keydown', onKey);

  if (opts.focusFirst) focusAround(store.getState().selected, null, () => render(store.getState()));
  else render(store.getState());
  const unsubscribe = store.subscribe(
    (s) => [s.selected, s.data, selectKept(s), s.expandComposites, s.lang, selectCascade(s), s.cascade] as const,
    ([selected], [previous]) => focusAround(selected, previous, () => render(store.getState())),
    { equalityFn: shallow },
  );

  function destroy(): void {
    unsubscribe();
    close.removeEventListener('click', onClose);
    el.removeEventListener('keydown', onKey);
    head.destroy();
    sections.destroy();
    if (ownsViewer) viewer.destroy();
    ownLinks?.destroy();
    el.removeAttribute('aria-labelledby');
    el.replaceChildren();
    el.hidden = true;
  }

  return { destroy };
}

export type RegionPanel = ReturnType<typeof createRegionPanel>;
