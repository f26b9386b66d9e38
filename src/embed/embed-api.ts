import { shallow } from 'zustand/vanilla/shallow';
import { debounce } from '../lib/debounce.ts';
import { selectLinkFlags } from '../state/cascade-selectors.ts';
import { selectView } from '../state/selectors.ts';
import type { AppStore } from '../state/store.ts';
import { serializeUrlState } from '../view/url-state.ts';
import type { ViewState } from '../view/schema.ts';
import { embedState, type EmbedState } from './embed-state.ts';
import { MESSAGE_SOURCE, handleMessage, type EmbedEvent } from './handle-message.ts';
import { patchFilters, patchView, type PatchResult } from '../view/view-patch.ts';

export type EmbedEventName = 'ready' | 'change';
export type EmbedListener = (state: EmbedState) => void;

/** `window.taskAtlas`: the same-page embedding API (docs/embedding.md). */
export interface TaskAtlasApi {
  /** Protocol version: bumped if a message or a state field changes meaning. */
  readonly version: 1;
  getState(): EmbedState;
  /** Sets part of the view; throws (changing nothing) when a value would not pass as a URL parameter. */
  setView(patch: Partial<ViewState>): EmbedState;
  /** Sets some filters, keeping the others; throws (changing nothing) on an invalid value. */
  setFilters(patch: Partial<ViewState['filters']>): EmbedState;
  /** `ready` is heard once, at once if the data is already loaded; `change` after each settled view change. */
  on(event: EmbedEventName, fn: EmbedListener): void;
  off(event: EmbedEventName, fn: EmbedListener): void;
}

/** A burst of changes (a drag of the year range, a flight that ends in a selection) is announced once. */
export const CHANGE_DEBOUNCE_MS = 150;

/**
 * Installs `window.taskAtlas`, answers the postMessage protocol (`handleMessage`), and, when the page is in a
 * frame, announces `ready` and `change` to the framing page.
 *
 * Origins. Requests are accepted from any origin: the app holds public data only, whoever frames it already chose
 * its whole URL, and every payload passes the URL's own checks, so a request can do nothing a link could not.
 * Replies go to the sender's window at the sender's origin (`event.origin`), so a sender that navigated away in
 * the meantime does not pass the answer to the next page; an opaque origin (`"null"`: a sandboxed frame, a file://
 * page) cannot be targeted by name, and gets `'*'`. `ready` and `change` go to `window.parent` with `'*'`: the
 * app cannot know its embedder's origin, and these carry only the view, which any page framing the app may read.
 * Nothing a message carries is ever put in the page: it becomes store state, which components render as text.
 */
export function createEmbedApi(store: AppStore, win: Window = window): { api: TaskAtlasApi; destroy(): void } {
  const listeners: Record<EmbedEventName, Set<EmbedListener>> = { ready: new Set(), change: new Set() };
  const framed = win.parent !== win;
  const state = () => embedState(selectView(store.getState()), store.getState().data, selectLinkFlags(store.getState()));
  let readyFired = false;
  /** The view last announced, serialized: `change` fires only when the settled view differs from it. */
  let lastAnnounced = serializeUrlState(selectView(store.getState()));

  const emit = (event: EmbedEventName) => {
    const s = state();
    for (const fn of [...listeners[event]]) call(fn, s);
    if (framed) {
      const message: EmbedEvent = { source: MESSAGE_SOURCE, type: event, payload: s };
      win.parent.postMessage(message, '*');
    }
  };
  // One listener's exception must not keep the others (or the frame's parent) from hearing the event.
  const call = (fn: EmbedListener, s: EmbedState) => {
    try {
      fn(s);
    } catch (e) {
      (win.reportError ?? console.error)(e);
    }
  };
  const apply = (result: PatchResult): EmbedState => {
    if (!result.ok) throw new TypeError(`taskAtlas: ${result.error}`);
    store.getState().applyView(result.view);
    return state();
  };

  const api: TaskAtlasApi = Object.freeze({
    version: 1 as const,
    getState: state,
    setView: (patch: unknown) => apply(patchView(selectView(store.getState()), patch, store.getState().data)),
    setFilters: (patch: unknown) => apply(patchFilters(selectView(store.getState()), patch, store.getState().data)),
    on(event: EmbedEventName, fn: EmbedListener) {
      if (!(event in listeners) || typeof fn !== 'function') throw new TypeError('taskAtlas.on(event, fn): event is "ready" or "change"');
      listeners[event].add(fn);
      // Heard even when subscribed late: a host script may well run after the data has arrived.
      if (event === 'ready' && readyFired) queueMicrotask(() => listeners.ready.has(fn) && call(fn, state()));
    },
    off(event: EmbedEventName, fn: EmbedListener) {
      listeners[event]?.delete(fn);
    },
  });
  Object.defineProperty(win, 'taskAtlas', { value: api, configurable: true, enumerable: false, writable: false });

  // Ready once the data is in and the URL sync has cleaned the view against it (a microtask later).
  const unsubReady = store.subscribe(
    (s) => s.status,
    (status) => {
      if (status !== 'ready' || readyFired) return;
      readyFired = true;
      queueMicrotask(() => {
        lastAnnounced = serializeUrlState(selectView(store.getState()));
        emit('ready');
      });
    },
    { fireImmediately: true },
  );

  // A burst that ends where it began is no change.
  const announce = debounce(() => {
    const now = serializeUrlState(selectView(store.getState()));
    if (now === lastAnnounced) return;
    lastAnnounced = now;
    emit('change');
  }, CHANGE_DEBOUNCE_MS);
  const unsubView = store.subscribe(selectView, announce, { equalityFn: shallow<ViewState> });

  const onMessage = (e: MessageEvent) => {
    const outcome = handleMessage(e.data, selectView(store.getState()), store.getState().data, selectLinkFlags(store.getState()));
    if (outcome.kind === 'ignore') return;
    if (outcome.next) store.getState().applyView(outcome.next);
    const target = e.source as Window | null;
    if (!target || typeof target.postMessage !== 'function') return;
    target.postMessage(outcome.reply, e.origin && e.origin !== 'null' ? e.origin : '*');
  };
  win.addEventListener('message', onMessage);

  return {
    api,
    destroy() {
      unsubReady();
      unsubView();
      announce.cancel();
      win.removeEventListener('message', onMessage);
      if ((win as { taskAtlas?: unknown }).taskAtlas === api) delete (win as { taskAtlas?: unknown }).taskAtlas;
    },
  };
}
