import { describe, expect, test } from 'vitest';
import { formatNumber, formatQuantity, formatRange } from '../../src/lib/format-quantity.ts';
import { shippedDocuments } from '../joins/fixtures.ts';

describe('formatNumber', () => {
  test('Chinese groups by 万, 亿 and 万亿, as the plans write them', () => {
    expect(formatNumber(200000, 'zh')).toBe('20万');
    expect(formatNumber(18000, 'zh')).toBe('1.8万');
    expect(formatNumber(1.6e12, 'zh')).toBe('1.6万亿');
    expect(formatNumber(1e10, 'zh')).toBe('100亿');
    expect(formatNumber(8400000, 'zh')).toBe('840万');
    expect(formatNumber(12345, 'zh')).toBe('1.2345万');
  });
  test('Chinese below 万: no separator, decimals kept', () => {
    expect(formatNumber(8635, 'zh')).toBe('8635');
    expect(formatNumber(60.9, 'zh')).toBe('60.9');
    expect(formatNumber(0, 'zh')).toBe('0');
  });
  test('English groups by thousands, and names millions and more', () => {
    expect(formatNumber(200000, 'en')).toBe('200,000');
    expect(formatNumber(8635, 'en')).toBe('8,635');
    expect(formatNumber(60.9, 'en')).toBe('60.9');
    expect(formatNumber(1e7, 'en')).toBe('10 million');
    expect(formatNumber(1e10, 'en')).toBe('10 billion');
    expect(formatNumber(1.6e12, 'en')).toBe('1.6 trillion');
  });
  test('negative numbers keep their sign', () => {
    expect(formatNumber(-20000, 'zh')).toBe('-2万');
    expect(formatNumber(-2000, 'en')).toBe('-2,000');
  });
});

describe('formatQuantity', () => {
  test('percent attaches to the number; other units are set off by a space', () => {
    expect(formatQuantity(90, '%', 'zh')).toBe('90%');
    expect(formatQuantity(60.9, '公里', 'zh')).toBe('60.9 公里');
    expect(formatQuantity(200000, '人次', 'zh')).toBe('20万 人次');
    expect(formatQuantity(200000, '人次', 'en')).toBe('200,000 人次');
  });
  test('ranges', () => {
    expect(formatRange(1, 2, 'zh')).toBe('1–2');
    expect(formatRange(3, undefined, 'zh')).toBe('3');
    expect(formatQuantity(1, '个百分点', 'en', 2)).toBe('1–2 个百分点');
  });
  test('every shipped target reads back as the number its quantity wrote, in Chinese', () => {
    // 1.8万个 → 1.8万, 8635座 → 8635, 一所 → 1: the formatter loses nothing the source said.
    const targets = shippedDocuments().flatMap((d) => d.tasks.flatMap((t) => t.targets));
    expect(targets.length).toBeGreaterThan(100);
    for (const t of targets) {
      const written = t.quantity.replace(/\s+/g, '').match(/^[\d.]+(?:万亿|亿|万)?/)?.[0];
      if (written && t.max === undefined) expect(formatNumber(t.value, 'zh'), t.quantity).toBe(written);
    }
  });
});
