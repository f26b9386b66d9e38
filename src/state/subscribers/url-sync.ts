import { shallow } from 'zustand/vanilla/shallow';
import { keepUnchanged } from '../../view/keep-unchanged.ts';
import { addedReferences } from '../../view/added-references.ts';
import { sanitizeView } from '../../view/sanitize-view.ts';
import { selectView } from '../selectors.ts';
import type { AppStore } from '../store.ts';
import { parseUrlState, serializeUrlState } from '../../view/url-state.ts';
import type { ViewState } from '../../view/schema.ts';
import { afterPaint } from '../../lib/after-paint.ts';
import { throttle } from '../../lib/throttle.ts';

/**
 * Mobile Safari refuses more than 100 history updates per 30 seconds (the reason MapLibre's `ui/hash.ts`
 * throttles to this); other browsers are fine with it too, and a URL a third of a second late is not noticed.
 */
export const URL_WRITE_MS = (30 * 1000) / 100;

/**
 * Puts the view a query string describes into the store: at boot (before the map is created, so it opens on the
 * right region rather than flying there), and on back/forward. Malformed parameters have already fallen back to
 * defaults in `parseUrlState`; when the data is loaded, what it does not hold is dropped too.
 */
export function applyUrlView(store: AppStore, search: string): void {
  const s = store.getState();
  const parsed = parseUrlState(search);
  s.applyView(keepUnchanged(selectView(s), s.data ? sanitizeView(parsed, s.data) : parsed));
}

export interface UrlSync {
  /** Writes a pending change now (before a test reads the URL, or the page hides). */
  flush(): void;
  destroy(): void;
}

/**
 * Keeps the address bar equal to the shareable view. It writes with `history.replaceState`, never `pushState`:
 * inside an iframe a pushed entry lands in the host page's joint history, and its Back button would step through
 * our filter clicks instead of leaving the page. Writes wait for the frame that shows the change, and are then
 * throttled (see `URL_WRITE_MS`); the camera is only in the store after a `moveend`, so what gets written is always
 * a settled view.
 *
 * It also cleans the view once the data arrives (`sanitizeView`), and re-reads the URL on `popstate`.
 */
export function createUrlSync(store: AppStore, win: Window = window): UrlSync {
  const write = () => {
    const { location, history } = win;
    const search = serializeUrlState(selectView(store.getState()));
    if (location.search === search) return;
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };
  const throttled = throttle(write, URL_WRITE_MS);
  // At once: the address bar shows the canonical form, without whatever the parser dropped.
  write();

  // After the frame that shows a change: in a large atlas, replaceState cost ~18 ms of filter → repaint (npm run bench).
  let cancelQueued: (() => void) | null = null;
  const queue = () => {
    cancelQueued ??= afterPaint(() => {
      cancelQueued = null;
      throttled();
    });
  };
  const unqueue = () => {
    cancelQueued?.();
    const was = cancelQueued !== null;
    cancelQueued = null;
    return was;
  };
  const unsubView = store.subscribe(selectView, queue, { equalityFn: shallow<ViewState> });
  const unsubData = store.subscribe(
    (s) => s.data,
    (data) => {
      if (!data) return;
      const view = selectView(store.getState());
      const held = new Set(data.table.documents.map((d) => d.document.id));
      const missing = addedReferences(view).filter((id) => !held.has(id));
      if (missing.length) store.getState().reportProblem({ key: 'missing-documents', kind: 'missing-documents', file: missing.join(', '), detail: '' });
      const clean = sanitizeView(view, data);
      if (clean !== view) store.getState().applyView(clean);
    },
    { fireImmediately: true },
  );
  const onPopState = () => applyUrlView(store, win.location.search);
  win.addEventListener('popstate', onPopState);

  return {
    flush: () => {
      if (unqueue()) throttled();
      throttled.flush();
    },
    destroy() {
      unsubView();
      unsubData();
      unqueue();
      throttled.cancel();
      win.removeEventListener('popstate', onPopState);
    },
  };
}
