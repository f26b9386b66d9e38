import { describe, expect, test } from 'vitest';
import type { Commitment } from '../../src/indicators/commitments.ts';
import { compareCommitment, counterpart } from '../../src/indicators/compare-levels.ts';
import { crossLevel, type CrossLevelRow } from '../../src/indicators/cross-level.ts';
import { indicatorById } from '../../src/indicators/registry.ts';
import { source } from '../extract/fixtures.ts';
import { sewageRateDocuments } from './rate-fixture.ts';
import { labelledShipped } from './shipped.ts';

const docs = labelledShipped();
const row = (rows: CrossLevelRow[], key: string) => rows.find((r) => r.key === key)!;
/** The source text at a span, without the national page's scraping markers (@@), which spans keep. */
const said = (documentId: string, span: readonly [number, number]) => source(documentId).text.slice(span[0], span[1]).replaceAll('@@', '');

describe('农民工补贴性培训: national 600万人次, 陕西 20万人次, 洋县 2,500人次', () => {
  const result = crossLevel(docs, 'migrant-worker-training')!;

  test('national first, then the provinces by code, 洋县 under 陕西 (汉中 has no document); 浙江 says nothing', () => {
    expect(result.rows.map((r) => [r.key, r.depth, r.parentKey, r.silent])).toEqual([
      ['100000', 0, null, false],
      ['330000', 1, '100000', true],
      ['610000', 1, '100000', false],
      ['610723', 3, '610000', false],
    ]);
    expect(row(result.rows, '330000').documents).toEqual(['zhejiang-2023-work-points']);
    expect(row(result.rows, '610000').documents).toEqual(['shaanxi-2023-key-tasks', 'shaanxi-2022-county-towns']);
  });

  test('each value, unit and deadline, with the sentence it is written in', () => {
    const at = (key: string) => {
      const [c] = row(result.rows, key).commitments;
      return [c!.value, c!.unit, c!.deadline, c!.bound, c!.sources.map((s) => [s.taskId, said(s.documentId, s.span)])];
    };
    expect(at('100000')).toEqual([6000000, '人次', '2022', '>=', [['national-2022-key-tasks/3', '开展农民工补贴性培训600万人次以上']]]);
    expect(at('610000')).toEqual([200000, '人次', '2023', '=', [['shaanxi-2023-key-tasks/3', '2023年完成农民工补贴性培训20万人次']]]);
    expect(at('610723')).toEqual([2500, '人次', '2023', '=', [['yangxian-2023-work-points/3', '2023年完成农民工补贴性培训2500人次']]]);
  });

  test('each level’s share of its parent’s: 洋县 1.25% of 陕西 (both 2023), 陕西 3.33% of the national 2022 figure', () => {
    expect(row(result.rows, '610723').comparisons).toEqual([
      { kind: 'share', unit: '人次', value: 2500, parentKey: '610000', parentValue: 200000, share: 0.0125, parentDeadline: '2023', sameDeadline: true },
    ]);
    const [shaanxi] = row(result.rows, '610000').comparisons;
    expect(shaanxi).toMatchObject({ kind: 'share', parentKey: '100000', parentValue: 6000000, parentDeadline: '2022', sameDeadline: false });
    expect((shaanxi as { share: number }).share).toBeCloseTo(1 / 30, 12);
  });

  test('the counties with a document, summed against their province: 2,500 of 20万', () => {
    expect(row(result.rows, '610000').sums).toEqual([
      { unit: '人次', value: 200000, deadline: '2023', children: ['610723'], childrenTotal: 2500, share: 0.0125, sameDeadline: true },
    ]);
    expect(row(result.rows, '100000').sums[0]).toMatchObject({ children: ['610000'], childrenTotal: 200000, sameDeadline: false });
  });
});

describe('城镇老旧小区改造: compounds beside households, never summed or shared', () => {
  const result = crossLevel(docs, 'old-compound-renovation')!;

  test('陕西 2016个 (2023) and 100万户 (十四五); 洋县 28个, written twice; the nation 840万户', () => {
    const values = (key: string) => row(result.rows, key).commitments.map((c) => [c.value, c.unit, c.deadline, c.sources.map((s) => s.taskId)]);
    expect(values('610000')).toEqual([
      [2016, '个', '2023', ['shaanxi-2023-key-tasks/13']],
      [1000000, '户', '2025', ['shaanxi-2022-county-towns/17']],
    ]);
    expect(values('610723')).toEqual([[28, '个', '2023', ['yangxian-2023-work-points/4', 'yangxian-2023-work-points/10']]]);
    expect(values('100000')).toEqual([[8400000, '户', '2022', ['national-2022-key-tasks/11']]]);
    expect(said('national-2022-key-tasks', row(result.rows, '100000').commitments[0]!.sources[0]!.span)).toBe('力争改善840万户');
  });

  test('comparisons and sums stay within a unit: 洋县’s 28 of 陕西’s 2016 compounds; 陕西’s households of the nation’s', () => {
    const yx = row(result.rows, '610723').comparisons;
    expect(yx).toHaveLength(1);
    expect(yx[0]).toMatchObject({ unit: '个', parentValue: 2016, sameDeadline: true });
    const sx = row(result.rows, '610000').comparisons;
    expect(sx.map((c) => [c.unit, c.parentValue])).toEqual([['户', 8400000]]);
    for (const r of result.rows) for (const s of r.sums) expect(r.commitments.some((c) => c.unit === s.unit && c.value === s.value)).toBe(true);
    expect(row(result.rows, '610000').sums).toEqual([
      { unit: '个', value: 2016, deadline: '2023', children: ['610723'], childrenTotal: 28, share: 28 / 2016, sameDeadline: true },
    ]);
  });
});

describe('an indicator no document commits to', () => {
  test('城镇新增就业: empty, every region with a document silent', () => {
    const result = crossLevel(docs, 'new-urban-jobs')!;
    expect(result.empty).toBe(true);
    expect(result.rows.map((r) => [r.key, r.silent, r.commitments.length])).toEqual([
      ['100000', true, 0],
      ['330000', true, 0],
      ['610000', true, 0],
      ['610723', true, 0],
    ]);
  });
  test('an unknown id is no indicator at all', () => {
    expect(crossLevel(docs, 'no-such-indicator')).toBeNull();
  });
  test('a document whose region is unknown is left out, and said to be', () => {
    const lost = { ...docs[0]!, document: { ...docs[0]!.document, id: 'lost', level: null, region: null } };
    const result = crossLevel([...docs.slice(1), lost], 'migrant-worker-training')!;
    expect(result.unplaced).toEqual(['lost']);
    expect(row(result.rows, '610000').commitments).toEqual([]);
  });
});

describe('rates: above or below the parent and the nation, laxer flagged', () => {
  const result = crossLevel(sewageRateDocuments(docs), 'sewage-treatment-rate-county-town')!;
  test('陕西 95% is 1 point below the nation’s 96%, 洋县 93% 2 below 陕西 and 3 below the nation: all laxer', () => {
    expect(result.rows.filter((r) => !r.silent).map((r) => [r.key, r.commitments.map((c) => [c.value, c.deadline])])).toEqual([
      ['100000', [[96, '2022']]],
      ['610000', [[95, '2025']]],
      ['610723', [[93, '2025']]],
    ]);
    expect(row(result.rows, '610000').comparisons.map((c) => c.kind === 'rate' && [c.against, c.difference, c.relation, c.laxer, c.sameDeadline])).toEqual([['parent', -1, 'below', true, false]]);
    expect(row(result.rows, '610723').comparisons.map((c) => c.kind === 'rate' && [c.against, c.parentKey, c.difference, c.laxer])).toEqual([
      ['parent', '610000', -2, true],
      ['national', '100000', -3, true],
    ]);
    expect(result.rows.every((r) => r.sums.length === 0)).toBe(true);
  });
  test('where lower is better, a higher rate is the laxer one', () => {
    const unemployment = indicatorById('urban-unemployment-rate')!;
    const c = (value: number): Commitment => ({ regionKey: 'x', value, unit: '%', deadline: '2022', bound: '<=', approx: false, sources: [] });
    expect(compareCommitment(unemployment, c(6), c(5.5), '100000', 'parent')).toMatchObject({ relation: 'above', laxer: true, difference: 0.5 });
    expect(compareCommitment(unemployment, c(5), c(5.5), '100000', 'parent')).toMatchObject({ relation: 'below', laxer: false });
  });
});

describe('which of the parent’s commitments a lower one is held against', () => {
  const c = (deadline: string | null, unit = '个'): Commitment => ({ regionKey: 'p', value: 1, unit, deadline, bound: '=', approx: false, sources: [] });
  const list = [c(null), c('2023'), c('2025'), c('2025', '户')];
  test('the same deadline; else the nearest year, the later on a tie; undated last; never another unit', () => {
    expect(counterpart(list, '个', '2025')).toBe(list[2]);
    expect(counterpart(list, '个', '2023-06')).toBe(list[1]);
    expect(counterpart(list, '个', '2024')).toBe(list[2]);
    expect(counterpart(list, '个', '2022')).toBe(list[1]);
    expect(counterpart(list, '个', null)).toBe(list[0]);
    expect(counterpart([c(null)], '个', '2023')).toEqual(c(null));
    expect(counterpart(list, '套', '2025')).toBeNull();
  });
});
