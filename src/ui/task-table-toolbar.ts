import { isFiltered } from '../domain/filters.ts';
import { downloadText } from '../export/download.ts';
import { regionsGeoJson, type GeometryOf } from '../export/regions-geojson.ts';
import { tasksCsv } from '../export/tasks-csv.ts';
import { t, tf } from '../i18n/strings.ts';
import { regionTaskCount } from '../joins/table-rows.ts';
import { ensureLinks } from '../state/cascade-links.ts';
import { selectCascade } from '../state/cascade-selectors.ts';
import { regionTakeUp, selectCascadeCoverage } from '../state/metrics/cascade-metric.ts';
import { selectIndicatorMap } from '../state/metrics/indicator-metric.ts';
import { selectCounts, selectKept, selectLevelValues } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { h } from './dom.ts';

export interface TableToolbarOptions {
  /** Heading id, for the table and its section to be labelled by. */
  id: string;
  /** The rows the table shows, in its order: what the CSV holds. */
  rows: () => ArrayLike<number>;
  geometryOf: GeometryOf | null;
}

/**
 * The table's heading and toolbar: how many tasks are listed and under what (filters, a region, with a button
 * to drop the region), and the exports. The CSV holds the rows as the table shows them (filtered, narrowed to
 * the region, sorted); the GeoJSON the regions of the map's current level under the same filters.
 */
export function createTableToolbar(store: AppStore, opts: TableToolbarOptions) {
  const heading = h('h2', { id: opts.id, class: 'task-table-title' });
  const count = h('p', { class: 'task-table-count', 'aria-live': 'polite' });
  const regionText = h('span', {});
  const regionClear = h('button', { type: 'button', class: 'task-table-region-clear' });
  const regionNote = h('p', { class: 'task-table-region', hidden: true }, regionText, ' ', regionClear);
  const csvButton = h('button', { type: 'button', class: 'export-csv' });
  const geoButton = h('button', { type: 'button', class: 'export-geojson' });
  const el = h('div', { class: 'task-table-toolbar' }, heading, count, regionNote, h('span', { class: 'spacer' }), csvButton, geoButton);

  // The CSV's last column holds the upper tasks each task carries out: the links are loaded for it if need be.
  const exportCsv = async () => {
    await ensureLinks(store);
    const s = store.getState();
    const cascade = selectCascade(s);
    if (!s.data) return;
    const upperIds = cascade ? (id: string) => cascade.upperIds(id) : undefined;
    downloadText(tasksCsv(s.data.table, opts.rows(), s.lang, upperIds), `task-atlas-tasks${s.selected ? `-${s.selected}` : ''}.csv`, 'text/csv;charset=utf-8');
  };
  const exportGeojson = () => {
    const s = store.getState();
    const kept = selectKept(s);
    const counts = selectCounts(s);
    const levelValues = selectLevelValues(s);
    // In the cascade view the regions carry their take-up of its task too.
    const takeUp = selectCascadeCoverage(s);
    if (!s.data || !kept || !counts || !levelValues) return;
    const collection = regionsGeoJson({
      data: s.data,
      kept,
      counts,
      keys: levelValues.keys,
      context: { level: s.level, focus: s.focus, filters: s.filters, expandComposites: s.expandComposites, indicator: s.indicator, ...(takeUp ? { cascade: takeUp.task } : {}) },
      geometryOf: opts.geometryOf,
      takeUp: takeUp && ((code: string) => regionTakeUp(takeUp.coverage, code)),
      indicator: selectIndicatorMap(s),
    });
    const name = `task-atlas-regions-${s.level}${s.focus ? `-${s.focus}` : ''}${s.indicator ? `-${s.indicator}` : ''}`;
    downloadText(JSON.stringify(collection), `${name}.geojson`, 'application/geo+json');
  };
  const clearRegion = () => store.getState().select(null);
  csvButton.addEventListener('click', () => void exportCsv());
  geoButton.addEventListener('click', exportGeojson);
  regionClear.addEventListener('click', clearRegion);

  return {
    el,
    heading,
    /** @param listed how many rows the table lists now, or null while the data loads */
    render(s: AppState, listed: number | null): void {
      const lang = s.lang;
      heading.textContent = t(lang, 'tableHeading');
      csvButton.textContent = t(lang, 'exportCsv');
      geoButton.textContent = t(lang, 'exportGeojson');
      geoButton.title = t(lang, 'exportGeojsonHint');
      regionClear.textContent = t(lang, 'tableRegionClear');
      csvButton.disabled = geoButton.disabled = listed === null;
      if (listed === null || !s.data) {
        count.textContent = t(lang, 'loading');
        regionNote.hidden = true;
        return;
      }
      const region = s.selected;
      const filtered = isFiltered(s.filters);
      const total = region === null ? s.data.table.size : regionTaskCount(s.data.table, region, s.expandComposites);
      count.textContent = filtered ? tf(lang, 'panelCountFiltered', { n: listed, total }) : tf(lang, listed === 1 ? 'panelCountOne' : 'panelCount', { n: listed });
      count.classList.toggle('filtered', filtered);
      regionNote.hidden = region === null;
      if (region !== null) regionText.textContent = tf(lang, 'tableRegionNote', { region: s.data.names.name(region, lang) ?? region });
    },
    destroy(): void {
      csvButton.removeEventListener('click', exportCsv);
      geoButton.removeEventListener('click', exportGeojson);
      regionClear.removeEventListener('click', clearRegion);
    },
  };
}
