import { ensureLinks, linksStale } from '../cascade-links.ts';
import type { AppState, AppStore } from '../store.ts';

/** The view asks for links: the cascade view, or a link filter (from a click, a URL, an embedding page, a step). */
const wanted = (s: AppState) => s.cascade !== null || s.filters.links.length > 0;

/**
 * Loads the links when the view first needs them, and links the documents again whenever the atlas's documents
 * change after links were loaded (a document added or removed): added documents are linked the moment they are in.
 */
export function createLinksDemand(store: AppStore): () => void {
  const check = (s: AppState) => {
    if ((s.linksStatus === 'idle' && wanted(s)) || linksStale(s)) void ensureLinks(store);
  };
  check(store.getState());
  return store.subscribe(
    (s) => [wanted(s), s.data, s.links] as const,
    () => check(store.getState()),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
}
