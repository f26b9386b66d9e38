import { describe, expect, test, vi } from 'vitest';
import { STEPS_KEY, serializeSteps } from '../../src/present/steps-storage.ts';
import { selectFlying, selectView } from '../../src/state/selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { createStepsPersistence } from '../../src/state/subscribers/steps-persist.ts';
import { applyUrlView } from '../../src/state/subscribers/url-sync.ts';
import { parseUrlState } from '../../src/view/url-state.ts';
import { shippedAtlas } from '../joins/fixtures.ts';
import { memoryStorage } from '../present/memory-storage.ts';

const data = shippedAtlas();

/** A store with the shipped data and three steps: the nation, Shaanxi with a filter, Yang County with a camera. */
function withSteps() {
  const store = createAppStore();
  store.getState().setData(data);
  const add = (search: string, title: string) => {
    applyUrlView(store, search);
    store.getState().addStep(title);
  };
  add('', '全国');
  add('?level=province&focus=610000&cat=hukou', '陕西户籍');
  add('?level=prefecture&focus=610700&region=610723&at=107.55,33.2,8.5', '洋县');
  applyUrlView(store, '?lang=en&region=330000');
  return store;
}

describe('presentation steps in the store', () => {
  test('a step keeps the view it was added from, without the language', () => {
    const store = withSteps();
    const { steps } = store.getState();
    expect(steps.map((s) => s.title)).toEqual(['全国', '陕西户籍', '洋县']);
    expect(steps[1]!.view).toMatchObject({ level: 'province', focus: '610000', camera: null, lang: 'zh' });
    expect(steps[1]!.view.filters.categories).toEqual(['hukou']);
    expect(steps[2]!.view.camera).toEqual({ lng: 107.55, lat: 33.2, zoom: 8.5 });
    expect(store.getState().step).toBeNull();
  });

  test('presenting shows each step in one update, in the current language, and flies', () => {
    const store = withSteps();
    const seen = vi.fn();
    store.subscribe((s) => [s.step, s.level, s.focus, s.camera] as const, seen, { equalityFn: (a, b) => a.every((x, i) => x === b[i]) });
    expect(selectFlying(store.getState())).toBe(false);
    store.getState().present(0);
    expect(store.getState()).toMatchObject({ step: 0, level: 'country', focus: null, selected: null, lang: 'en' });
    expect(selectFlying(store.getState())).toBe(true);
    store.getState().goStep('next');
    expect(store.getState()).toMatchObject({ step: 1, level: 'province', focus: '610000', lang: 'en' });
    expect(store.getState().filters.categories).toEqual(['hukou']);
    store.getState().goStep('next');
    expect(store.getState()).toMatchObject({ step: 2, level: 'prefecture', focus: '610700', selected: '610723', camera: { lng: 107.55, lat: 33.2, zoom: 8.5 } });
    expect(store.getState().filters.categories).toEqual([]);
    // Each move was one store update carrying the step and its view together.
    expect(seen).toHaveBeenCalledTimes(3);
    store.getState().goStep('next');
    expect(store.getState().step).toBe(2);
    expect(seen).toHaveBeenCalledTimes(3);
    store.getState().goStep('first');
    expect(store.getState()).toMatchObject({ step: 0, level: 'country', camera: null });
    store.getState().goStep('prev');
    expect(store.getState().step).toBe(0);
    store.getState().goStep('last');
    expect(store.getState().step).toBe(2);
    store.getState().stopPresenting();
    // Leaving keeps the last step's view on screen.
    expect(store.getState()).toMatchObject({ step: null, level: 'prefecture', selected: '610723' });
    expect(selectFlying(store.getState())).toBe(false);
  });

  test('a step naming what the data does not hold is cleaned like a URL', () => {
    const store = createAppStore();
    store.getState().setData(data);
    store.getState().setSteps([{ title: '', view: parseUrlState('?level=province&focus=990000&region=999999&doc=no-such-doc') }]);
    store.getState().present(0);
    expect(store.getState()).toMatchObject({ step: 0, level: 'country', focus: null, selected: null });
    expect(store.getState().filters.documents).toEqual([]);
  });

  test('reorder, retitle and remove; removing the shown step keeps a valid one', () => {
    const store = withSteps();
    store.getState().reorderStep(2, 0);
    expect(store.getState().steps.map((s) => s.title)).toEqual(['洋县', '全国', '陕西户籍']);
    store.getState().renameStep(1, '  全国\u0007概览 ');
    expect(store.getState().steps[1]!.title).toBe('  全国概览 ');
    store.getState().present(2);
    store.getState().removeStep(2);
    expect(store.getState().step).toBe(1);
    store.getState().removeStep(0);
    store.getState().removeStep(0);
    expect(store.getState()).toMatchObject({ steps: [], step: null });
    store.getState().goStep('next');
    expect(store.getState().step).toBeNull();
  });

  test('the view the steps change is the shareable view: nothing about steps goes in it', () => {
    const store = withSteps();
    store.getState().present(1);
    expect(Object.keys(selectView(store.getState()))).not.toContain('steps');
  });
});

describe('steps persistence', () => {
  test('steps stored by an earlier visit are read at boot, and every change is written', () => {
    const earlier = withSteps();
    const storage = memoryStorage({ [STEPS_KEY]: serializeSteps(earlier.getState().steps) });
    const store = createAppStore();
    const stop = createStepsPersistence(store, storage);
    expect(store.getState().steps.map((s) => s.title)).toEqual(['全国', '陕西户籍', '洋县']);
    expect(store.getState().steps[2]!.view.selected).toBe('610723');
    store.getState().renameStep(0, '开场');
    expect(JSON.parse(storage.getItem(STEPS_KEY)!).steps[0].title).toBe('开场');
    store.getState().removeStep(0);
    store.getState().removeStep(0);
    store.getState().removeStep(0);
    expect(storage.getItem(STEPS_KEY)).toBeNull();
    stop();
    store.getState().addStep('after');
    expect(storage.getItem(STEPS_KEY)).toBeNull();
  });

  test('a malformed or hostile store is ignored and left alone until the steps change', () => {
    const hostile = '{"version":1,"steps":[{"title":"x","view":"?region=%3Cscript%3E"}]}';
    const storage = memoryStorage({ [STEPS_KEY]: hostile });
    const store = createAppStore();
    createStepsPersistence(store, storage);
    expect(store.getState().steps).toEqual([]);
    expect(storage.getItem(STEPS_KEY)).toBe(hostile);
    store.getState().addStep('new');
    expect(JSON.parse(storage.getItem(STEPS_KEY)!)).toEqual({ version: 1, steps: [{ title: 'new', view: '' }] });
  });

  test('no storage at all: steps still work for the session', () => {
    const store = createAppStore();
    createStepsPersistence(store, null);
    store.getState().addStep('a');
    expect(store.getState().steps).toHaveLength(1);
  });
});
