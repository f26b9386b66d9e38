import { h } from './dom.ts';

/** The page's regions, created once; components fill them. */
export interface Shell {
  root: HTMLElement;
  header: HTMLElement;
  filters: HTMLElement;
  mapWrap: HTMLElement;
  map: HTMLElement;
  legend: HTMLElement;
  tooltip: HTMLElement;
  panel: HTMLElement;
  table: HTMLElement;
  status: HTMLElement;
  /** What failed to load (src/ui/problem-list.ts). */
  problems: HTMLElement;
  sourceLine: HTMLElement;
  /** The compact title over the map in embed mode (src/ui/embed-mode.ts); hidden otherwise. */
  embedTitle: HTMLElement;
}

export function createShell(root: HTMLElement): Shell {
  const header = h('header', { class: 'bar', role: 'banner' });
  const filters = h('aside', { class: 'filters', id: 'filters', 'aria-label': 'filters' });
  const map = h('div', { class: 'map', id: 'map' });
  const legend = h('div', { class: 'legend', role: 'region', 'aria-live': 'polite' });
  const tooltip = h('div', { class: 'tooltip', role: 'tooltip', hidden: true });
  const sourceLine = h('div', { class: 'source-line' });
  const embedTitle = h('div', { class: 'embed-title', hidden: true });
  const problems = h('div', { hidden: true });
  const mapWrap = h('main', { class: 'map-wrap' }, embedTitle, map, legend, tooltip, sourceLine, problems);
  const panel = h('aside', { class: 'panel', hidden: true, 'aria-label': 'region' });
  const table = h('section', { class: 'task-table', id: 'task-table', hidden: true, 'aria-label': 'tasks' });
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  root.replaceChildren(header, h('div', { class: 'body' }, filters, mapWrap, panel), table, status);
  root.classList.add('app');
  return { root, header, filters, mapWrap, map, legend, tooltip, panel, table, status, problems, sourceLine, embedTitle };
}
