// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CHANGE_DEBOUNCE_MS, createEmbedApi, type TaskAtlasApi } from '../../src/embed/embed-api.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const data = shippedAtlas();

/** A window inside a frame: its own events, and a parent that records what it is sent. */
function framedWindow() {
  const parent = { postMessage: vi.fn() };
  const win = Object.assign(new EventTarget(), { parent, reportError: vi.fn() });
  return win as unknown as Window & { parent: typeof parent; reportError: ReturnType<typeof vi.fn>; taskAtlas?: TaskAtlasApi };
}

/** A host page's window, as the `source` of a request. */
const sender = () => ({ postMessage: vi.fn() });
const request = (win: EventTarget, data: unknown, origin = 'https://host.example', source = sender()) => {
  win.dispatchEvent(new MessageEvent('message', { data, origin, source: source as unknown as Window }));
  return source;
};

let store: AppStore;
let destroy: () => void = () => {};
beforeEach(() => {
  vi.useFakeTimers();
  store = createAppStore();
});
afterEach(() => {
  destroy();
  vi.useRealTimers();
});

describe('window.taskAtlas', () => {
  test('is installed on the page, read-only, and removed by destroy', () => {
    const made = createEmbedApi(store, window);
    destroy = made.destroy;
    const api = (window as unknown as { taskAtlas: TaskAtlasApi }).taskAtlas;
    expect(api).toBe(made.api);
    expect(api.version).toBe(1);
    expect(() => ((window as unknown as { taskAtlas: unknown }).taskAtlas = {})).toThrow();
    expect(Object.isFrozen(api)).toBe(true);
    made.destroy();
    destroy = () => {};
    expect('taskAtlas' in window).toBe(false);
  });

  test('getState, setView and setFilters on the store; an invalid call throws and changes nothing', () => {
    const { api, destroy: d } = createEmbedApi(store, window);
    destroy = d;
    expect(api.getState()).toMatchObject({ level: 'country', ready: false, taskCount: null });
    store.getState().setData(data);
    const s = api.setView({ level: 'province', focus: '610000', selected: 'xian-metro' });
    expect(s).toMatchObject({ selected: 'xian-metro', ready: true, taskCount: 143 });
    expect(store.getState().selected).toBe('xian-metro');
    expect(api.setFilters({ categories: ['hukou'] }).taskCount).toBe(10);
    expect(() => api.setView({ selected: '<script>alert(1)</script>' })).toThrow(new TypeError('taskAtlas: invalid selected'));
    expect(() => api.setFilters({ categories: ['hukou'], __proto__x: 1 } as never)).toThrow(TypeError);
    expect(store.getState()).toMatchObject({ selected: 'xian-metro', filters: { categories: ['hukou'] } });
  });

  test('ready is heard once, after the data arrives; a late listener hears it too', async () => {
    const { api, destroy: d } = createEmbedApi(store, window);
    destroy = d;
    const early = vi.fn();
    api.on('ready', early);
    store.getState().setData(data);
    await Promise.resolve();
    expect(early).toHaveBeenCalledTimes(1);
    expect(early.mock.calls[0]![0]).toMatchObject({ ready: true, taskCount: 143 });
    const late = vi.fn();
    api.on('ready', late);
    await Promise.resolve();
    expect(late).toHaveBeenCalledTimes(1);
    store.getState().setData(data);
    await Promise.resolve();
    expect(early).toHaveBeenCalledTimes(1);
  });

  test('change is heard once per settled change, not for a burst that ends where it began', () => {
    const { api, destroy: d } = createEmbedApi(store, window);
    destroy = d;
    store.getState().setData(data);
    const change = vi.fn();
    api.on('change', change);
    store.getState().toggleCategory('hukou');
    store.getState().toggleCategory('land');
    store.getState().select('610723');
    vi.advanceTimersByTime(CHANGE_DEBOUNCE_MS - 1);
    expect(change).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(change).toHaveBeenCalledTimes(1);
    expect(change.mock.calls[0]![0]).toMatchObject({ selected: '610723', filters: { categories: ['hukou', 'land'] }, taskCount: 16 });
    store.getState().select(null);
    store.getState().select('610723');
    vi.advanceTimersByTime(CHANGE_DEBOUNCE_MS);
    expect(change).toHaveBeenCalledTimes(1);
    api.off('change', change);
    store.getState().select(null);
    vi.advanceTimersByTime(CHANGE_DEBOUNCE_MS);
    expect(change).toHaveBeenCalledTimes(1);
  });

  test('a listener that throws is reported, and the others still hear the event', () => {
    const win = framedWindow();
    const { api, destroy: d } = createEmbedApi(store, win);
    destroy = d;
    const after = vi.fn();
    api.on('change', () => {
      throw new Error('host bug');
    });
    api.on('change', after);
    store.getState().select('610723');
    vi.advanceTimersByTime(CHANGE_DEBOUNCE_MS);
    expect(after).toHaveBeenCalledTimes(1);
    expect(win.reportError).toHaveBeenCalledWith(new Error('host bug'));
    expect(win.parent.postMessage).toHaveBeenCalledTimes(1);
  });

  test('on() with an unknown event throws', () => {
    const { api, destroy: d } = createEmbedApi(store, window);
    destroy = d;
    expect(() => api.on('load' as never, () => {})).toThrow(TypeError);
  });
});

describe('postMessage, inside a frame', () => {
  test('ready and change go to the parent as { source, type, payload }, to any origin', async () => {
    const win = framedWindow();
    destroy = createEmbedApi(store, win).destroy;
    store.getState().setData(data);
    await Promise.resolve();
    expect(win.parent.postMessage).toHaveBeenCalledWith({ source: 'task-atlas', type: 'ready', payload: expect.objectContaining({ ready: true }) }, '*');
    store.getState().setFilters({ hasTarget: true });
    vi.advanceTimersByTime(CHANGE_DEBOUNCE_MS);
    expect(win.parent.postMessage).toHaveBeenLastCalledWith(
      { source: 'task-atlas', type: 'change', payload: expect.objectContaining({ filters: expect.objectContaining({ hasTarget: true }), taskCount: 49 }) },
      '*',
    );
  });

  test('a request is applied and answered to its sender, at the sender’s origin', () => {
    const win = framedWindow();
    destroy = createEmbedApi(store, win).destroy;
    store.getState().setData(data);
    const source = request(win, { source: 'task-atlas', type: 'setFilters', id: 'q1', payload: { categories: ['hukou'] } });
    expect(store.getState().filters.categories).toEqual(['hukou']);
    expect(source.postMessage).toHaveBeenCalledWith(
      { source: 'task-atlas', type: 'state', id: 'q1', payload: expect.objectContaining({ taskCount: 10 }) },
      'https://host.example',
    );
    expect(win.parent.postMessage).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'state' }), expect.anything());
  });

  test('a sender with an opaque origin (sandboxed frame, file://) is answered with "*"', () => {
    const win = framedWindow();
    destroy = createEmbedApi(store, win).destroy;
    const source = request(win, { source: 'task-atlas', type: 'getState', id: 1 }, 'null');
    expect(source.postMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'state', id: 1 }), '*');
  });

  test('a hostile request gets an error reply and changes nothing; other chatter gets no reply at all', () => {
    const win = framedWindow();
    destroy = createEmbedApi(store, win).destroy;
    store.getState().setData(data);
    store.getState().select('610723');
    const before = store.getState();
    const bad = request(win, { source: 'task-atlas', type: 'setView', id: 2, payload: { selected: '<img src=x onerror=alert(1)>' } }, 'https://evil.example');
    expect(bad.postMessage).toHaveBeenCalledWith({ source: 'task-atlas', type: 'error', id: 2, payload: { message: 'invalid selected' } }, 'https://evil.example');
    const proto = request(win, { source: 'task-atlas', type: 'setFilters', id: 3, payload: JSON.parse('{"__proto__":{"text":"x"}}') });
    expect(proto.postMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'error', id: 3 }), 'https://host.example');
    expect(store.getState()).toBe(before);
    for (const chatter of ['hello', { type: 'setView', payload: { selected: '610000' } }, { source: 'task-atlas', type: 'change', payload: {} }]) {
      expect(request(win, chatter).postMessage).not.toHaveBeenCalled();
    }
    expect(store.getState()).toBe(before);
  });

  test('a page that is not framed sends nothing to a parent', async () => {
    const win = Object.assign(framedWindow(), {});
    (win as unknown as { parent: unknown }).parent = win;
    const post = vi.fn();
    (win as unknown as { postMessage: unknown }).postMessage = post;
    destroy = createEmbedApi(store, win).destroy;
    store.getState().setData(data);
    await Promise.resolve();
    store.getState().select('610723');
    vi.advanceTimersByTime(CHANGE_DEBOUNCE_MS);
    expect(post).not.toHaveBeenCalled();
  });
});
