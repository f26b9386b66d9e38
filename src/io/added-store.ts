import type { AddedDocument, AddedDocumentSummary, DocumentStore, SaveOutcome } from './document-store.ts';

/**
 * Whether this browser has kept added documents, without opening IndexedDB: a count in localStorage, written with
 * every save and removal. A visitor who never added one loads no storage code at all.
 */
const COUNT_KEY = 'task-atlas.added-documents';

let opened: Promise<DocumentStore> | null = null;

/** The added documents' store (IndexedDB, or this session only), opened once, on first use. */
export function addedDocumentStore(): Promise<DocumentStore> {
  opened ??= import('./document-store.ts').then((m) => m.DocumentStore.open());
  return opened;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function noteCount(n: number): void {
  try {
    if (n > 0) storage()?.setItem(COUNT_KEY, String(n));
    else storage()?.removeItem(COUNT_KEY);
  } catch {
    // A blocked or full storage: the store is still opened on the next visit if the count says so.
  }
}

/** The documents kept from earlier visits (none, at no cost, when this browser never kept one). */
export async function keptDocuments(): Promise<Array<AddedDocumentSummary & { persistent: boolean }>> {
  const n = Number(storage()?.getItem(COUNT_KEY) ?? 0);
  if (!(n > 0)) return [];
  const store = await addedDocumentStore();
  const list = await store.list();
  noteCount(list.filter((d) => d.persistent).length);
  return list;
}

/** Keeps an added document (with the extractor's version, so a later app knows to extract it again). */
export async function keepDocument(doc: Omit<AddedDocument, 'extractionVersion'>): Promise<SaveOutcome> {
  const [store, { EXTRACTION_VERSION }] = await Promise.all([addedDocumentStore(), import('./document-store.ts')]);
  const outcome = await store.save({ ...doc, extractionVersion: EXTRACTION_VERSION });
  noteCount((await store.list()).filter((d) => d.persistent).length);
  return outcome;
}

export async function forgetDocument(id: string): Promise<void> {
  const store = await addedDocumentStore();
  await store.remove(id);
  noteCount((await store.list()).filter((d) => d.persistent).length);
}

/** An added document's text, as its spans count it; null if this browser does not hold it. */
export async function addedText(id: string): Promise<string | null> {
  return (await (await addedDocumentStore()).get(id))?.text ?? null;
}
