import type { Layer } from '@deck.gl/core';
import { describe, expect, test } from 'vitest';
import { selectRenderInput } from '../../src/map/render-input.ts';
import { DASH_ZOOM_STEP, renderLayers } from '../../src/map/render-layers.ts';
import { composites, loadedStore, shaanxi } from './fixtures.ts';

/** The layers of a store's state, by id, at a zoom. */
function layersOf(store: ReturnType<typeof loadedStore>, zoom = 4): Map<string, Layer> {
  return new Map(renderLayers(selectRenderInput(store.getState())!, zoom).map((l) => [l.id, l]));
}

const triggers = (l: Layer | undefined, accessor: string) => (l!.props.updateTriggers as Record<string, unknown[]>)[accessor]!;

describe('layer factories, by their props (no GPU)', () => {
  test('ids are stable and in drawing order, per level', () => {
    const store = loadedStore();
    expect([...layersOf(store).keys()]).toEqual(['region-fill-country', 'composite-outline']);
    store.getState().setLevel('province', '610000');
    store.getState().addBoundaries({ province: ['610000', shaanxi], composites: { full: composites.full } });
    expect([...layersOf(store, 6).keys()]).toEqual([
      'region-fill-province',
      'county-lines',
      'province-lines',
      'focus-province-line',
      'composite-outline',
    ]);
  });

  test('the same data objects for an unchanged state, and after a hover or a selection', () => {
    const store = loadedStore();
    const a = layersOf(store);
    store.getState().hover('610000');
    store.getState().select('330000');
    const b = layersOf(store);
    for (const [id, layer] of a) expect(b.get(id)!.props.data, id).toBe(layer.props.data);
  });

  test('update triggers change exactly when what the accessors read does', () => {
    const store = loadedStore();
    const a = layersOf(store).get('region-fill-country');
    store.getState().hover('610000');
    const hovered = layersOf(store).get('region-fill-country');
    expect(triggers(hovered, 'getFillColor')).not.toEqual(triggers(a, 'getFillColor'));
    expect(triggers(hovered, 'getLineColor')).toEqual(triggers(a, 'getLineColor'));
    store.getState().select('610000');
    const selected = layersOf(store).get('region-fill-country');
    expect(triggers(selected, 'getLineColor')).not.toEqual(triggers(hovered, 'getLineColor'));
    expect(triggers(selected, 'getFillColor')).toEqual(triggers(hovered, 'getFillColor'));
    store.getState().toggleCategory('land');
    const filtered = layersOf(store).get('region-fill-country');
    expect(filtered!.props.data).toBe(a!.props.data);
    expect(triggers(filtered, 'getFillColor')[0]).not.toBe(triggers(selected, 'getFillColor')[0]);
  });

  test('composite dashes are cut again only when the zoom moves on by a step', () => {
    const store = loadedStore();
    const at = (zoom: number) => layersOf(store, zoom).get('composite-outline')!.props.data;
    expect(at(4.1)).toBe(at(4.2));
    expect(at(4 + DASH_ZOOM_STEP)).not.toBe(at(4));
  });

  test('toggled-off layers are left out; a picked task adds its highlight', () => {
    const store = loadedStore();
    expect(selectRenderInput(store.getState())!.symbols.length).toBeGreaterThan(0);
    store.getState().setLayers({ composites: false, targets: false });
    expect([...layersOf(store).keys()]).toEqual(['region-fill-country']);
    // The target circles are drawn outside deck.gl (target-circles.ts), from the same input.
    expect(selectRenderInput(store.getState())!.symbols).toEqual([]);
    store.getState().pickTask(store.getState().data!.table.tasks[0]!.id);
    expect([...layersOf(store).keys()]).toEqual(['region-fill-country', 'active-task-places']);
  });
});
