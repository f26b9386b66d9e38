import { describe, expect, test } from 'vitest';
import { Cascade } from '../../src/cascade/queries.ts';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { choroplethSvg } from '../../src/export/choropleth-svg.ts';
import { svgInput } from '../../src/export/export-svg.ts';
import { exportTexts } from '../../src/export/export-texts.ts';
import { regionsGeoJson } from '../../src/export/regions-geojson.ts';
import { levelFill } from '../../src/map/level-fill.ts';
import { tasksCsv } from '../../src/export/tasks-csv.ts';
import { filterTasks } from '../../src/joins/filter-tasks.ts';
import { tableRows } from '../../src/joins/table-rows.ts';
import { regionTakeUp, selectCascadeCoverage } from '../../src/state/metrics/cascade-metric.ts';
import { selectCounts, selectKept, selectLevelValues } from '../../src/state/selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { shippedLinkSet } from '../cascade/shipped-links.ts';
import { shippedAtlas } from '../joins/fixtures.ts';
import { shippedNational } from './geo-fixtures.ts';
import { parseCsv } from './rfc4180.ts';

const data = shippedAtlas();
const linkSet = shippedLinkSet();
const cascade = new Cascade(data.table.documents, linkSet.links);

describe('exports that know the links', () => {
  test('the CSV’s last column: the upper tasks each task carries out, strongest first', () => {
    const rows = tableRows(data.table, filterTasks(data.table, NO_FILTERS), null, false);
    const records = parseCsv(tasksCsv(data.table, rows, 'en', (id) => cascade.upperIds(id)).replace(/^\ufeff/, ''));
    expect(records[0]!.at(-1)).toBe('Upper tasks carried out (IDs)');
    const byId = new Map(records.slice(1).map((r) => [r[4]!, r.at(-1)!]));
    // 洋县 (5) 推进县城城镇化补短板强弱项: the national task, 陕西 2023's county-town task, the county-town plan's.
    const strongestFirst = linkSet.links.filter((k) => k.lower === 'yangxian-2023-work-points/5').sort((a, b) => b.score - a.score);
    expect(byId.get('yangxian-2023-work-points/5')).toBe(strongestFirst.map((k) => k.upper).join('; '));
    expect(byId.get('yangxian-2023-work-points/5')).toContain('shaanxi-2023-key-tasks/9');
    expect(byId.get('national-2022-key-tasks/6')).toBe('');
    const withUppers = [...byId.values()].filter((v) => v !== '').length;
    expect(withUppers).toBe(new Set(linkSet.links.map((k) => k.lower)).size);
    // Without the links, the column is there and empty.
    expect(parseCsv(tasksCsv(data.table, rows).replace(/^\ufeff/, '')).slice(1).every((r) => r.length === 16 && r[15] === '')).toBe(true);
  });

  test('the GeoJSON of the cascade view carries each province’s take-up of 都市圈', () => {
    const store = createAppStore();
    store.getState().setData(data);
    store.getState().setLinks(linkSet);
    store.getState().setCascade('national-2022-key-tasks/6');
    const s = store.getState();
    const shown = selectCascadeCoverage(s)!;
    const fc = regionsGeoJson({
      data,
      kept: selectKept(s)!,
      counts: selectCounts(s)!,
      keys: selectLevelValues(s)!.keys,
      context: { level: s.level, focus: s.focus, filters: s.filters, expandComposites: false, cascade: shown.task },
      takeUp: (code) => regionTakeUp(shown.coverage, code),
    });
    const props = (code: string) => fc.features.find((f) => f.properties.code === code)!.properties;
    const lowers = linkSet.links.filter((k) => k.upper === 'national-2022-key-tasks/6').map((k) => k.lower.split('/')[0]!);
    expect(props('610000')).toMatchObject({
      takeUpTasks: lowers.filter((d) => d.startsWith('shaanxi-')).length,
      takeUpDocuments: [...new Set(lowers.filter((d) => d.startsWith('shaanxi-')))].join('; '),
      takeUpWithin: 0,
    });
    expect(props('330000')).toMatchObject({ takeUpTasks: 1, takeUpDocuments: 'zhejiang-2023-work-points' });
    expect(props('110000')).toMatchObject({ takeUpTasks: 0, takeUpDocuments: '', takeUpWithin: 0 });
    expect(fc.taskAtlas.cascade).toBe('national-2022-key-tasks/6');
    for (const f of fc.features) expect(Object.values(f.properties).every((v) => typeof v === 'number' || typeof v === 'string')).toBe(true);
  });

  test('the SVG of the cascade view: its legend and each province’s title say who carries the task out', () => {
    const store = createAppStore();
    store.getState().setData(data);
    store.getState().setLinks(linkSet);
    store.getState().setCascade('national-2022-key-tasks/6');
    const texts = exportTexts(store.getState(), '2026-11-23')!;
    const features = levelFill(shippedNational(), null, texts.levelValues.keys).features;
    const svg = choroplethSvg(svgInput(texts, features, 'zh', (code) => data.names.name(code, 'zh'), null));
    expect(texts.legendTitle).toBe('落实 国家 2022 (6) 培育发展现代化都市圈');
    const legend = [...svg.matchAll(/<g class="legend-entry" data-color="([^"]+)">.*?<text[^>]*>([^<]+)<\/text><\/g>/g)].map((m) => m[2]);
    expect(legend).toEqual(texts.legend.map((e) => e.label));
    expect(legend).toContain('未落实');
    const title = (code: string) => svg.match(new RegExp(`data-code="${code}"[^>]*><title>([^<]+)</title>`))![1];
    expect(title('610000')).toBe('陕西省：本级文件 2 项任务落实');
    expect(title('330000')).toBe('浙江省：本级文件 1 项任务落实');
    expect(title('110000')).toBe('北京市：未落实');
  });
});
