import { describe, expect, test } from 'vitest';
import data from '../../data/indicators.json';
import { INDICATORS, indicatorById } from '../../src/indicators/registry.ts';
import { validateRegistry } from '../../src/indicators/validate-registry.ts';
import { labelledShipped, targetsOf } from './shipped.ts';

const entry = (over: Record<string, unknown>) => ({
  id: 'x',
  zh: '某',
  en: 'Some',
  kind: 'count',
  better: 'higher',
  units: [{ unit: '个', zh: '个', en: 'things' }],
  patterns: ['某{to}＃'],
  ...over,
});
const problemsOf = (indicators: unknown[]) => {
  try {
    validateRegistry({ indicators });
    return '';
  } catch (err) {
    return (err as Error).message;
  }
};

describe('data/indicators.json', () => {
  test('loads whole, one entry per indicator the brief and the documents name', () => {
    expect(INDICATORS).toHaveLength(data.indicators.length);
    for (const zh of ['常住人口城镇化率', '户籍人口城镇化率', '农业转移人口落户', '城镇新增就业', '职业技能培训', '农民工补贴性培训', '保障性租赁住房', '城镇老旧小区改造', '棚户区改造', '城市燃气管道老化更新改造', '供水管网新建改造', '排水管网新建改造', '县城污水处理率', '县城生活垃圾无害化处理率', '5G基站', '充电桩', '县城补短板强弱项项目', '特色小镇']) {
      expect(INDICATORS.map((i) => i.zh)).toContain(zh);
    }
  });

  test('an indicator no shipped document commits to names where its wording comes from', () => {
    const used = new Set(targetsOf(labelledShipped()).flatMap((t) => (t.target.indicator ? [t.target.indicator.id] : [])));
    const unsourced = INDICATORS.filter((i) => !used.has(i.id) && !i.source).map((i) => i.id);
    expect(unsourced).toEqual([]);
    // And the other way round: no source is claimed where a shipped document is the evidence.
    expect(INDICATORS.filter((i) => used.has(i.id) && i.source).map((i) => i.id)).toEqual([]);
  });

  test('old compounds are one indicator in two units that never convert: compounds first, households second', () => {
    expect(indicatorById('old-compound-renovation')!.units.map((u) => u.unit)).toEqual(['个', '户']);
    expect(indicatorById('nope')).toBeUndefined();
  });
});

describe('validation', () => {
  test('a well-formed entry passes', () => {
    expect(problemsOf([entry({})])).toBe('');
  });
  test.each([
    ['a duplicate id', [entry({}), entry({})], 'used twice'],
    ['an id that is not kebab-case', [entry({ id: 'Some_Id' })], 'not kebab-case'],
    ['a pattern that does not place the quantity', [entry({ patterns: ['某{to}'] })], 'does not place the quantity'],
    ['a pattern that does not compile', [entry({ patterns: ['某(＃'] })], 'patterns[0]'],
    ['a rate not counted in %', [entry({ kind: 'rate' })], 'a rate is counted in %'],
    ['an alias onto a unit the indicator lacks', [entry({ unitAliases: { 座: '套' } })], 'unitAliases'],
    ['a pattern limited to a unit the indicator lacks', [entry({ patterns: [{ re: '某＃', units: ['户'] }] })], 'must list units of the indicator'],
    ['an unknown document level', [entry({ patterns: [{ re: '某＃', levels: ['city'] }] })], 'must list document levels'],
    ['a broader indicator that does not exist', [entry({ broader: 'y' })], 'broader names no other indicator'],
    ['a source without an issuer', [entry({ source: { title: 't', date: '2022' } })], 'needs title, issuer and date'],
    ['an unknown better', [entry({ better: 'more' })], 'better must be higher or lower'],
  ])('%s is refused', (_, list, message) => {
    expect(problemsOf(list)).toContain(message);
  });
});
