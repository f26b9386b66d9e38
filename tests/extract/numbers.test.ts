import { describe, expect, test } from 'vitest';
import { parseChineseNumeral } from '../../src/extract/chinese-numerals.ts';
import { parseNumber, parseRange } from '../../src/extract/numbers.ts';

describe('parseChineseNumeral', () => {
  test.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十五', 25],
    ['三十二', 32],
    ['一百', 100],
    ['一百零八', 108],
    ['两千', 2000],
    ['三千万', 3e7],
    ['二〇二三', 2023],
  ])('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  test.each(['', '二三', '廿', 'abc'])('%j is not a numeral', (s) => expect(parseChineseNumeral(s)).toBeNaN());
});

describe('parseNumber', () => {
  test.each([
    ['20万', 200000],
    ['1.8万', 18000],
    ['1.6万亿', 1.6e12],
    ['100亿', 1e10],
    ['1000万', 1e7],
    ['1.1万', 11000],
    ['60.9', 60.9],
    ['1,500', 1500],
    ['2016', 2016],
    ['百亿', 1e10],
    ['两', 2],
    ['十', 10],
  ])('%s → %d', (s, n) => expect(parseNumber(s)).toBe(n));

  test('float noise from scaling is removed', () => expect(parseNumber('1.1万')).toBe(11000));
  test.each(['', '万', 'x1', '1.2.3'])('%j is not a number', (s) => expect(parseNumber(s)).toBeNaN());
});

describe('parseRange', () => {
  test.each([
    ['1-2', [1, 2]],
    ['1—2', [1, 2]],
    ['2～3', [2, 3]],
    ['1至2', [1, 2]],
    ['1-2万', [10000, 20000]],
    ['600', [600, undefined]],
  ])('%s → %j', (s, r) => expect(parseRange(s)).toEqual(r));
});
