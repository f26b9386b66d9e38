import { describe, expect, test } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { patchView } from '../../src/view/view-patch.ts';
import { DEFAULT_VIEW, FILTER_FIELDS, FILTER_KEYS, VIEW_FIELDS, VIEW_KEYS, viewOf, type ViewState } from '../../src/view/schema.ts';
import { stepViewOf } from '../../src/view/step-view.ts';
import { parseUrlState, serializeUrlState, urlParams } from '../../src/view/url-state.ts';

/** A value for every field other than its default: what a field added to the schema must survive. */
const SAMPLE: ViewState = {
  level: 'prefecture',
  focus: '610700',
  selected: '610723',
  filters: { categories: ['housing'], documents: ['yangxian-2023-work-points'], levels: ['county'], departments: ['住建局'], hasTarget: true, years: [2023, null], text: '老旧小区', links: ['carries-national'], indicators: ['old-compound-renovation'] },
  expandComposites: true,
  layers: { composites: false, targets: true, labels: false },
  lang: 'en',
  camera: { lng: 107.5, lat: 33.2, zoom: 8.5 },
  basemap: 'https://tiles.example.org/style.json',
  table: true,
  compare: ['610723', '610000'],
  embed: true,
  indicator: 'migrant-worker-training',
  cascade: 'national-2022-key-tasks/6',
};

describe('the view schema', () => {
  test('the sample sets every field, and every field differs from its default', () => {
    expect(Object.keys(SAMPLE).sort()).toEqual([...VIEW_KEYS].sort());
    for (const k of VIEW_KEYS) expect(SAMPLE[k], k).not.toEqual(DEFAULT_VIEW[k]);
    for (const k of FILTER_KEYS) expect(SAMPLE.filters[k], k).not.toEqual(NO_FILTERS[k]);
  });

  test('each field has its own URL parameter; the default view is the empty URL', () => {
    const params = [...Object.values(VIEW_FIELDS), ...Object.values(FILTER_FIELDS)].map((f) => f.param);
    expect(new Set(params).size).toBe(params.length);
    expect(serializeUrlState(DEFAULT_VIEW)).toBe('');
    expect(urlParams(SAMPLE).map(([p]) => p).sort()).toEqual([...params].sort());
  });

  test('every field survives the URL, and the store’s extra state is not part of the view', () => {
    expect(parseUrlState(serializeUrlState(SAMPLE))).toEqual(SAMPLE);
    expect(viewOf({ ...SAMPLE, hovered: '610000', steps: [] } as ViewState)).toEqual(SAMPLE);
  });

  test('a step keeps exactly the fields marked `step`; the others stay the presenter’s', () => {
    const step = stepViewOf(SAMPLE);
    for (const k of VIEW_KEYS) {
      if (k === 'filters') expect(step.filters).toEqual(SAMPLE.filters);
      else expect(step[k], k).toEqual(VIEW_FIELDS[k].step ? SAMPLE[k] : DEFAULT_VIEW[k]);
    }
  });

  test('an embedding page may set exactly the fields marked `set`; the read-only ones only restated', () => {
    for (const k of VIEW_KEYS) {
      if (k === 'filters') continue;
      // The level and its focus go together (a rule across fields).
      const pair = k === 'level' ? { focus: SAMPLE.focus } : k === 'focus' ? { level: SAMPLE.level } : {};
      const result = patchView(DEFAULT_VIEW, { [k]: SAMPLE[k], ...pair }, null);
      if (VIEW_FIELDS[k].embed === 'set') expect(result, k).toEqual({ ok: true, view: expect.objectContaining({ [k]: SAMPLE[k] }) });
      else {
        expect(result, k).toEqual({ ok: false, error: `${k} is read-only` });
        expect(patchView(DEFAULT_VIEW, { [k]: DEFAULT_VIEW[k] }, null).ok, k).toBe(true);
      }
    }
  });
});
