// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { applyUrlView, createUrlSync, URL_WRITE_MS, type UrlSync } from '../../src/state/subscribers/url-sync.ts';
import { selectView } from '../../src/state/selectors.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { DEFAULT_VIEW } from '../../src/view/schema.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const data = shippedAtlas();
let store: AppStore;
let sync: UrlSync | null = null;

/** Opens the app at `path` the way a browser would: the URL is there, then boot reads it and starts syncing. */
function boot(path: string) {
  history.replaceState(null, '', path);
  store = createAppStore();
  applyUrlView(store, location.search);
  sync = createUrlSync(store, window);
}

beforeEach(() => {
  // Frames too: a URL write waits for the frame that shows the change.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  sync?.destroy();
  sync = null;
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('URL sync', () => {
  test('boot puts the URL’s view in the store before anything else runs', () => {
    boot('/atlas/?level=province&focus=610000&region=xian-metro&cat=land,hukou&members=1&lang=en&layers=composites,labels');
    expect(selectView(store.getState())).toEqual({
      ...DEFAULT_VIEW,
      level: 'province',
      focus: '610000',
      selected: 'xian-metro',
      filters: { ...DEFAULT_VIEW.filters, categories: ['land', 'hukou'] },
      expandComposites: true,
      layers: { composites: true, targets: false, labels: true },
      lang: 'en',
    });
  });

  test('the address bar is rewritten at once in canonical form, path and hash kept, junk gone', () => {
    boot('/atlas/index.html?unknown=1&cat=land,hukou&region=%3Cimg%20src%3Dx%3E&lang=en#note');
    expect(location.pathname).toBe('/atlas/index.html');
    expect(location.search).toBe('?cat=hukou%2Cland&lang=en');
    expect(location.hash).toBe('#note');
  });

  test('changes are written with replaceState, throttled, and the last one is never lost', () => {
    boot('/');
    const replace = vi.spyOn(history, 'replaceState');
    const push = vi.spyOn(history, 'pushState');
    const length = history.length;
    const s = store.getState();
    s.toggleCategory('hukou');
    expect(replace).not.toHaveBeenCalled(); // not inside the change: after the frame that shows it
    vi.advanceTimersByTime(20);
    expect(replace).toHaveBeenCalledTimes(1); // the first change of a quiet spell goes then
    s.select('610723');
    s.setLevel('prefecture', '610700');
    s.setCamera({ lng: 107.51234, lat: 33.2, zoom: 8.456 });
    expect(replace).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(URL_WRITE_MS);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(location.search).toBe('?level=prefecture&focus=610700&region=610723&cat=hukou&at=107.5123%2C33.2%2C8.46');
    vi.advanceTimersByTime(URL_WRITE_MS * 10);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(push).not.toHaveBeenCalled();
    expect(history.length).toBe(length);
  });

  test('a change that ends where the URL already is writes nothing', () => {
    boot('/?cat=hukou');
    const replace = vi.spyOn(history, 'replaceState');
    store.getState().setLang('zh');
    store.getState().setExpandComposites(false);
    vi.advanceTimersByTime(URL_WRITE_MS * 2);
    expect(replace).not.toHaveBeenCalled();
  });

  test('when the data arrives, what it does not hold is dropped from the store and the URL', () => {
    boot('/?level=province&focus=610000&region=no-such-metro&doc=yangxian-2023-work-points,beijing-2099-plan&cat=hukou');
    expect(store.getState().selected).toBe('no-such-metro'); // well formed: kept until the data can tell
    store.getState().setData(data);
    expect(store.getState()).toMatchObject({ selected: null, filters: { documents: ['yangxian-2023-work-points'], categories: ['hukou'] } });
    vi.advanceTimersByTime(URL_WRITE_MS);
    expect(location.search).toBe('?level=province&focus=610000&cat=hukou&doc=yangxian-2023-work-points');
  });

  test('a valid view is left alone when the data arrives: same filters object, no write', () => {
    boot('/?region=xian-metro&cat=hukou');
    const filters = store.getState().filters;
    const replace = vi.spyOn(history, 'replaceState');
    store.getState().setData(data);
    vi.advanceTimersByTime(URL_WRITE_MS * 2);
    expect(store.getState().filters).toBe(filters);
    expect(replace).not.toHaveBeenCalled();
  });

  test('back/forward re-applies the URL of the entry, checked against the data', () => {
    boot('/?region=610723');
    store.getState().setData(data);
    const filters = store.getState().filters;
    history.pushState(null, '', '/?level=prefecture&focus=610700&region=no-such-metro&lang=en'); // an entry from elsewhere
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState()).toMatchObject({ level: 'prefecture', focus: '610700', selected: null, lang: 'en' });
    expect(store.getState().filters).toBe(filters); // unchanged parts keep their objects
  });

  test('destroy stops writing and listening', () => {
    boot('/');
    sync!.destroy();
    sync = null;
    store.getState().select('610723');
    vi.advanceTimersByTime(URL_WRITE_MS * 2);
    expect(location.search).toBe('');
    history.replaceState(null, '', '/?region=610700');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().selected).toBe('610723');
  });
});
