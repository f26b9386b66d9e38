import { describe, expect, test } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../src/view/url-state.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/view/schema.ts';

describe('URL state', () => {
  test('an empty URL is the default view', () => {
    expect(parseUrlState('')).toEqual(DEFAULT_VIEW);
    expect(serializeUrlState(DEFAULT_VIEW)).toBe('');
  });

  test('a complex view survives the round trip exactly', () => {
    const view: ViewState = {
      level: 'province',
      focus: '610000',
      selected: 'xian-metro',
      filters: {
        categories: ['hukou', 'land'],
        documents: ['shaanxi-2023-key-tasks', 'yangxian-2023-work-points'],
        levels: ['province', 'county'],
        departments: ['省公安厅'],
        hasTarget: true,
        years: [2023, 2025],
        text: '5G 基站',
        links: ['carries-province', 'national-untaken'],
        indicators: ['migrant-worker-training', 'old-compound-renovation'],
      },
      expandComposites: true,
      layers: { composites: false, targets: true, labels: true },
      lang: 'en',
      camera: { lng: 108.9402, lat: 34.261, zoom: 6.5 },
      basemap: 'https://tiles.example.org/style.json',
      table: true,
      compare: ['610000', '330000'],
      embed: true,
      indicator: 'old-compound-renovation',
      cascade: 'national-2022-key-tasks/8',
    };
    const url = serializeUrlState(view);
    expect(parseUrlState(url)).toEqual(view);
    expect(serializeUrlState(parseUrlState(url))).toBe(url);
  });

  test('hostile and malformed parameters fall back to defaults, quietly', () => {
    const v = parseUrlState(
      '?level=%3Cscript%3E&focus=61&region=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&cat=hukou,evil,__proto__' +
        '&basemap=javascript:alert(1)&at=NaN,1,2&years=3000-1&compare=610000,610000&lang=xx&issuer=king' +
        '&dept=%3Cb%3E&members=yes&table=true&links=evil,carries-national&unknown=1&%E0%A4%A=1',
    );
    expect(v).toEqual({ ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, categories: ['hukou'], links: ['carries-national'] } });
  });

  test('layers: an empty list is every layer off; an unknown name falls back to the default, not to all off', () => {
    expect(parseUrlState('?layers=').layers).toEqual({ composites: false, targets: false, labels: false });
    expect(parseUrlState('?layers=labels').layers).toEqual({ composites: false, targets: false, labels: true });
    expect(parseUrlState('?layers=%3Cstyle%3E').layers).toEqual(DEFAULT_VIEW.layers);
    expect(parseUrlState('?layers=labels,__proto__').layers).toEqual(DEFAULT_VIEW.layers);
    expect(serializeUrlState(parseUrlState('?layers=%3Cstyle%3E'))).toBe('');
  });

  test('free text is kept as text, bounded in length', () => {
    const v = parseUrlState(`?q=${encodeURIComponent('<script>alert(1)</script>'.repeat(10))}`);
    expect(v.filters.text.startsWith('<script>')).toBe(true);
    expect(v.filters.text.length).toBe(100);
  });

  test('a level without a valid focus is the country', () => {
    expect(parseUrlState('?level=prefecture').level).toBe('country');
    expect(parseUrlState('?level=prefecture&focus=610700')).toMatchObject({ level: 'prefecture', focus: '610700' });
  });
});
