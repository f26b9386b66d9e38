import { describe, expect, test } from 'vitest';
import { rowWindow } from '../../src/lib/virtual-window.ts';

describe('row window', () => {
  test('the rows in view plus the overscan, clamped to the list', () => {
    expect(rowWindow({ count: 10000, rowHeight: 30, scrollTop: 3000, viewport: 300, overscan: 5 })).toEqual({ start: 95, end: 115 });
    expect(rowWindow({ count: 10000, rowHeight: 30, scrollTop: 0, viewport: 300, overscan: 5 })).toEqual({ start: 0, end: 15 });
    expect(rowWindow({ count: 10000, rowHeight: 30, scrollTop: 299_700, viewport: 300, overscan: 5 })).toEqual({ start: 9985, end: 10000 });
  });
  test('scrolled past the end (the list shrank): still a window at the end, never an empty one', () => {
    expect(rowWindow({ count: 50, rowHeight: 30, scrollTop: 90_000, viewport: 300, overscan: 5 })).toEqual({ start: 49, end: 50 });
  });
  test('no rows; and every row up to the render-all limit', () => {
    expect(rowWindow({ count: 0, rowHeight: 30, scrollTop: 0, viewport: 300 })).toEqual({ start: 0, end: 0 });
    expect(rowWindow({ count: 143, rowHeight: 30, scrollTop: 2000, viewport: 300, renderAllUpTo: 500 })).toEqual({ start: 0, end: 143 });
  });
});
