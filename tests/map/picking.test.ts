import { describe, expect, test, vi } from 'vitest';
import type { PickingInfo } from '@deck.gl/core';
import { keyOf, pickingHandlers } from '../../src/map/picking.ts';
import { createAppStore } from '../../src/state/store.ts';

const info = (properties: object | null, x = 10, y = 20) => ({ object: properties ? { properties } : undefined, x, y }) as unknown as PickingInfo;

describe('picking', () => {
  test('a composite outline answers with its id, a unit with its code, empty sea with nothing', () => {
    expect(keyOf(info({ id: 'xian-metro', kind: 'metro' }))).toBe('xian-metro');
    expect(keyOf(info({ code: '610723', name: '洋县' }))).toBe('610723');
    expect(keyOf(info(null))).toBeNull();
  });

  test('hover writes the region to the store once and tells the tooltip where; click selects', () => {
    const store = createAppStore();
    const onHover = vi.fn();
    const seen = vi.fn();
    store.subscribe((s) => s.hovered, seen);
    const h = pickingHandlers(store, onHover);
    h.onHover(info({ code: '610723' }, 5, 6));
    h.onHover(info({ code: '610723' }, 7, 8));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(onHover).toHaveBeenLastCalledWith({ key: '610723', x: 7, y: 8 });
    h.onHover(info(null));
    expect(store.getState().hovered).toBeNull();
    expect(onHover).toHaveBeenLastCalledWith(null);
    h.onClick(info({ id: 'xian-metro' }));
    expect(store.getState().selected).toBe('xian-metro');
    h.onClick(info(null));
    expect(store.getState().selected).toBe('xian-metro');
  });
});
