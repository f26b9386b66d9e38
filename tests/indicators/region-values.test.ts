import { describe, expect, test } from 'vitest';
import { indicatorValuesByRegion } from '../../src/indicators/region-values.ts';
import { sewageRateDocuments } from './rate-fixture.ts';
import { labelledShipped } from './shipped.ts';

const docs = labelledShipped();
const headlines = (id: string, list = docs) =>
  Object.fromEntries([...indicatorValuesByRegion(list, id)].map(([k, v]) => [k, [v.kind, v.headline.value, v.headline.unit, v.headline.deadline]]));

describe('each region’s committed value, for the map', () => {
  test('农民工补贴性培训: three counts, keyed by admin code (the nation as 100000)', () => {
    expect(headlines('migrant-worker-training')).toEqual({
      '100000': ['count', 6000000, '人次', '2022'],
      '610000': ['count', 200000, '人次', '2023'],
      '610723': ['count', 2500, '人次', '2023'],
    });
  });

  test('老旧小区: 陕西 is drawn by its compounds and keeps its households beside them; the nation has households only', () => {
    const map = indicatorValuesByRegion(docs, 'old-compound-renovation');
    expect(map.get('610000')!.values.map((v) => [v.value, v.unit])).toEqual([[2016, '个'], [1000000, '户']]);
    expect(map.get('610000')!.headline.unit).toBe('个');
    expect(map.get('100000')!.headline).toMatchObject({ value: 8400000, unit: '户' });
    expect(map.get('610723')!.values).toHaveLength(1);
  });

  test('the same value in two plans of one region: the dated one first', () => {
    const v = indicatorValuesByRegion(docs, 'rural-revitalization-demo-towns').get('610000')!;
    expect(v.values.map((c) => c.deadline)).toEqual(['2023', null]);
    expect(v.headline.deadline).toBe('2023');
  });

  test('a rate is a rate: classes, not symbols', () => {
    expect(headlines('sewage-treatment-rate-county-town', sewageRateDocuments(docs))).toEqual({
      '100000': ['rate', 96, '%', '2022'],
      '610000': ['rate', 95, '%', '2025'],
      '610723': ['rate', 93, '%', '2025'],
    });
  });

  test('an indicator no document holds, or no indicator at all: an empty map', () => {
    expect(indicatorValuesByRegion(docs, 'new-urban-jobs').size).toBe(0);
    expect(indicatorValuesByRegion(docs, 'no-such-indicator').size).toBe(0);
  });
});
