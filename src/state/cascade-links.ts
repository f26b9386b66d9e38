import type { ExtractedDocument } from '../domain/task.ts';
import { loadShippedLinks, type LinkSet } from '../io/load-links.ts';
import type { AppState, AppStore } from './store.ts';

/** The links of one store being fetched or made, so a second call waits for the first instead of starting again. */
const inFlight = new WeakMap<AppStore, Promise<void>>();

const idsOf = (documents: readonly ExtractedDocument[]) => documents.map((d) => d.document.id ?? '');
const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Whether the links in the store are not those of the atlas's documents: a document was added (bring your own
 * documents) or removed since they were made. Every document is linked again then, not the new one alone: a term's
 * weight depends on every document (src/cascade/README.md, Limits).
 */
export function linksStale(s: Pick<AppState, 'data' | 'links'>): boolean {
  return s.data !== null && s.links !== null && !sameIds(s.links.documents, idsOf(s.data.table.documents));
}

/**
 * Makes sure the store holds the links of the documents it shows; call it whenever a cascade feature is about to
 * be used (src/state/subscribers/links-demand.ts does for the view's fields). The first call fetches
 * data/links.json; a failure is reported as a problem (kind 'links') and the rest of the page keeps working.
 * Whenever the atlas holds other documents than the links were made over, they are made again in the page
 * (linkDocuments, loaded on demand: ~14 ms for the five shipped documents). Cheap to call again: it does nothing
 * when the links are current, failed, or on their way.
 */
export function ensureLinks(store: AppStore): Promise<void> {
  const pending = inFlight.get(store);
  if (pending) return pending;
  const s = store.getState();
  let job: Promise<void> | null = null;
  if (s.linksStatus === 'idle') job = fetchShipped(store);
  else if (s.linksStatus === 'ready' && linksStale(s)) job = relink(store);
  if (!job) return Promise.resolve();
  const done = job.finally(() => {
    inFlight.delete(store);
    // The documents may have changed while the links were on their way.
    if (linksStale(store.getState())) void ensureLinks(store);
  });
  inFlight.set(store, done);
  return done;
}

async function fetchShipped(store: AppStore): Promise<void> {
  store.getState().setLinksStatus('loading');
  try {
    store.getState().setLinks(await loadShippedLinks());
  } catch (err) {
    store.getState().setLinksStatus('failed');
    store.getState().reportProblem({ key: 'links:links.json', kind: 'links', file: 'links.json', detail: (err as Error).message });
  }
}

async function relink(store: AppStore): Promise<void> {
  const { data, links: before } = store.getState();
  if (!data) return;
  const documents = data.table.documents;
  try {
    // The linker and its lexicon are loaded only when the page holds documents links.json does not cover.
    const { linkDocuments } = await import('../cascade/link.ts');
    store.getState().setLinks(linkedSet(documents, linkDocuments(documents)));
  } catch (err) {
    const added = documents.filter((d) => !before?.documents.includes(d.document.id ?? ''));
    store.getState().reportProblem({ key: 'links:added', kind: 'links', file: added.map((d) => d.document.title).join('、'), detail: (err as Error).message });
    // Keep the links there are: the other documents' links still hold for them.
    store.getState().setLinks(linkedSet(documents, before?.links ?? []));
  }
}

function linkedSet(documents: readonly ExtractedDocument[], links: LinkSet['links']): LinkSet {
  return { documents: idsOf(documents), links };
}
