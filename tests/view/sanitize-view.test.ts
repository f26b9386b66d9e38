import { describe, expect, test } from 'vitest';
import { sanitizeView } from '../../src/view/sanitize-view.ts';
import { parseUrlState, serializeUrlState } from '../../src/view/url-state.ts';
import { DEFAULT_VIEW } from '../../src/view/schema.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const data = shippedAtlas();
const clean = (search: string) => serializeUrlState(sanitizeView(parseUrlState(search), data));

describe('a view checked against the shipped data', () => {
  test('a view the data holds comes back as the same object', () => {
    const view = parseUrlState('?level=prefecture&focus=610700&region=610723&cat=hukou&doc=yangxian-2023-work-points&dept=省公安厅&compare=610000,330000');
    expect(sanitizeView(view, data)).toBe(view);
    const composite = parseUrlState('?level=province&focus=610000&region=xian-metro');
    expect(sanitizeView(composite, data)).toBe(composite);
    expect(sanitizeView({ ...DEFAULT_VIEW }, data)).toEqual(DEFAULT_VIEW);
  });

  test('a region that is well formed but unknown is dropped, the rest kept', () => {
    expect(clean('?region=no-such-metro&cat=land')).toBe('?cat=land');
    expect(clean('?region=619999&lang=en')).toBe('?lang=en');
    expect(clean('?compare=610000,no-such-metro')).toBe('');
  });

  test('a focus that is not a unit of its level falls back to the country', () => {
    expect(clean('?level=province&focus=990000&region=610723')).toBe('?region=610723');
    // A prefecture code shown as a province, a county as a prefecture, a province as a prefecture.
    expect(clean('?level=province&focus=610700')).toBe('');
    expect(clean('?level=prefecture&focus=610723')).toBe('');
    expect(clean('?level=prefecture&focus=610000')).toBe('');
    expect(clean('?level=prefecture&focus=619900')).toBe('');
    expect(clean('?level=province&focus=110000')).toBe('?level=province&focus=110000'); // 北京: a municipality's districts
  });

  test('documents and departments the tasks do not have are dropped one by one', () => {
    expect(clean('?doc=yangxian-2023-work-points,beijing-2099-plan')).toBe('?doc=yangxian-2023-work-points');
    expect(clean(`?dept=${encodeURIComponent('省公安厅,外星事务局')}`)).toBe(`?dept=${encodeURIComponent('省公安厅')}`);
  });

  test('the input is not modified', () => {
    const view = parseUrlState('?region=no-such-metro&doc=nope');
    const copy = structuredClone(view);
    sanitizeView(view, data);
    expect(view).toEqual(copy);
  });
});
