import { describe, expect, test } from 'vitest';
import { stepAfter, stepKeyAction } from '../../src/present/step-nav.ts';

describe('stepAfter: moving through the steps', () => {
  test.each([
    [0, 7, 'next', 1],
    [5, 7, 'next', 6],
    [6, 7, 'next', 6],
    [3, 7, 'prev', 2],
    [0, 7, 'prev', 0],
    [4, 7, 'first', 0],
    [1, 7, 'last', 6],
    [null, 7, 'next', 0],
    [null, 7, 'prev', 0],
    [null, 7, 'last', 6],
    [9, 7, 'prev', 5],
    [0, 1, 'next', 0],
    [0, 0, 'next', null],
    [null, 0, 'first', null],
  ] as const)('from %s of %i, %s → %s', (current, count, move, expected) => {
    expect(stepAfter(current, count, move)).toBe(expected);
  });
});

describe('stepKeyAction: the presenter keys', () => {
  test.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['ArrowUp', null],
    ['Enter', null],
    ['a', null],
  ] as const)('%j → %s', (key, action) => {
    expect(stepKeyAction(key)).toBe(action);
  });
});
