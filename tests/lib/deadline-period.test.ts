import { describe, expect, test } from 'vitest';
import { dueDate, formatDeadline, parseDeadline } from '../../src/lib/deadline-period.ts';
import { shippedDocuments } from '../joins/fixtures.ts';

const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const span = (s: string) => {
  const p = parseDeadline(s)!;
  return [day(p.start), day(p.end), p.precision];
};

describe('parseDeadline', () => {
  test('a year is the whole year', () => expect(span('2025')).toEqual(['2025-01-01', '2026-01-01', 'year']));
  test('a month', () => {
    expect(span('2023-06')).toEqual(['2023-06-01', '2023-07-01', 'month']);
    expect(span('2023-12')).toEqual(['2023-12-01', '2024-01-01', 'month']);
  });
  test('a quarter is three months: Q3 is July to September', () => {
    expect(span('2023-Q3')).toEqual(['2023-07-01', '2023-10-01', 'quarter']);
    expect(span('2023-Q4')).toEqual(['2023-10-01', '2024-01-01', 'quarter']);
  });
  test('a half year', () => {
    expect(span('2023-H1')).toEqual(['2023-01-01', '2023-07-01', 'half']);
    expect(span('2023-H2')).toEqual(['2023-07-01', '2024-01-01', 'half']);
  });
  test('the due date is the last day of the period', () => {
    expect(day(dueDate(parseDeadline('2023-Q3')!))).toBe('2023-09-30');
    expect(day(dueDate(parseDeadline('2024-02')!))).toBe('2024-02-29');
    expect(day(dueDate(parseDeadline('2025')!))).toBe('2025-12-31');
  });
  test('dates are China Standard Time midnights', () => {
    expect(parseDeadline('2023-Q3')!.start.toISOString()).toBe('2023-06-30T16:00:00.000Z');
  });
  test('anything else is null', () => {
    for (const s of ['', '23', '2023-13', '2023-00', '2023-Q5', '2023-H3', '2023-6', '2023年', 'Q3-2023']) expect(parseDeadline(s), s).toBeNull();
  });
  test('every deadline in the shipped data parses', () => {
    const all = shippedDocuments().flatMap((d) => d.tasks.flatMap((t) => [...t.targets.map((x) => x.deadline), ...t.deadlines.map((m) => m.deadline)]));
    const strings = all.filter((d): d is string => d !== null);
    expect(strings.length).toBeGreaterThan(50);
    for (const s of strings) expect(parseDeadline(s), s).not.toBeNull();
  });
});

describe('formatDeadline', () => {
  test('in Chinese', () => {
    expect(['2025', '2023-06', '2023-Q3', '2023-H1'].map((s) => formatDeadline(s, 'zh'))).toEqual(['2025年', '2023年6月', '2023年三季度', '2023年上半年']);
  });
  test('in English', () => {
    expect(['2025', '2023-06', '2023-Q3', '2023-H2'].map((s) => formatDeadline(s, 'en'))).toEqual(['2025', 'Jun 2023', 'Q3 2023', 'H2 2023']);
  });
  test('an unreadable string is shown as it is', () => expect(formatDeadline('soon', 'en')).toBe('soon'));
});
