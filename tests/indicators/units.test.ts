import { describe, expect, test } from 'vitest';
import { indicatorById } from '../../src/indicators/registry.ts';
import { toIndicatorUnit, unitRank } from '../../src/indicators/units.ts';

const ind = (id: string) => indicatorById(id)!;

describe('a target value in its indicator’s unit', () => {
  test('magnitudes written into the unit are multiplied out: 万人次 → 人次, 亿元 → 元, 万套 → 套', () => {
    expect(toIndicatorUnit(20, undefined, '万人次', ind('migrant-worker-training'))).toEqual({ value: 200000, unit: '人次' });
    expect(toIndicatorUnit(1.6, undefined, '万亿元', ind('county-gdp'))).toEqual({ value: 1.6e12, unit: '元' });
    expect(toIndicatorUnit(2.5, 3, '万套', ind('affordable-rental-housing'))).toEqual({ value: 25000, max: 30000, unit: '套' });
  });
  test('other names of a unit, and the indicator’s aliases: 千米 → 公里, 座 → 个 for base stations, 间 → 套', () => {
    expect(toIndicatorUnit(600, undefined, '千米', ind('sewer-pipes'))).toEqual({ value: 600, unit: '公里' });
    expect(toIndicatorUnit(25, undefined, '座', ind('5g-base-stations'))).toEqual({ value: 25, unit: '个' });
    expect(toIndicatorUnit(300, undefined, '间', ind('affordable-rental-housing'))).toEqual({ value: 300, unit: '套' });
  });
  test('lengths and areas convert within their dimension: 平方米 → 公顷, 米 → 公里', () => {
    expect(toIndicatorUnit(150000, undefined, '平方米', ind('new-green-space'))).toEqual({ value: 15, unit: '公顷' });
    expect(toIndicatorUnit(2500, undefined, '米', ind('greenways'))).toEqual({ value: 2.5, unit: '公里' });
  });
  test('a unit the indicator does not count in is no reading of it: money for old compounds, 座 for compounds', () => {
    expect(toIndicatorUnit(100, undefined, '亿元', ind('old-compound-renovation'))).toBeNull();
    expect(toIndicatorUnit(3, undefined, '座', ind('old-compound-renovation'))).toBeNull();
    expect(toIndicatorUnit(3, undefined, '个百分点', ind('county-hospital-visit-rate'))).toBeNull();
  });
  test('households and compounds stay what they are', () => {
    expect(toIndicatorUnit(840, undefined, '万户', ind('old-compound-renovation'))).toEqual({ value: 8400000, unit: '户' });
    expect(toIndicatorUnit(2016, undefined, '个', ind('old-compound-renovation'))).toEqual({ value: 2016, unit: '个' });
  });
  test('display order: registry order, each total before its per-year figure', () => {
    const i = ind('old-compound-renovation');
    expect(['户', '个/年', '户/年', '个'].sort((a, b) => unitRank(i, a) - unitRank(i, b))).toEqual(['个', '个/年', '户', '户/年']);
  });
});
