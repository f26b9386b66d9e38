import type { StateCreator } from 'zustand/vanilla';
import type { ExtractedDocument } from '../../domain/task.ts';
import { withDocuments, type AtlasData, type AtlasRegions } from '../../joins/atlas-data.ts';
import type { AppState } from '../store.ts';

/** A document someone added in this browser, as the atlas holds it (its text stays in the document store). */
export interface AddedEntry {
  id: string;
  /** The file name as chosen, or the name given to pasted text. */
  name: string;
  format: 'txt' | 'html' | 'docx' | 'pdf' | 'paste';
  /** ISO time it was added. */
  addedAt: string;
  /** Whether it survives a reload; when not, the sentence that says why, in both languages. */
  kept: { persistent: true } | { persistent: false; zh: string; en: string };
  extracted: ExtractedDocument;
}

/** The documents of the atlas: the shipped ones and those added in this browser, joined into `data` together. */
export interface DocumentsSlice {
  /** The shipped documents with their tasks, once loaded. */
  shipped: ExtractedDocument[] | null;
  /** Added documents; `restored` once those kept from earlier visits are read back (or known to be none). */
  added: { restored: boolean; entries: readonly AddedEntry[] };
  setShipped: (documents: ExtractedDocument[]) => void;
  restoreAdded: (entries: readonly AddedEntry[]) => void;
  /** Adds a document, or replaces the one with its id (edited metadata). */
  addDocument: (entry: AddedEntry) => void;
  removeDocument: (id: string) => void;
}

/**
 * The atlas for these documents, once the regions, the shipped tasks and the kept added documents are all in: a
 * view naming an added document must not be cleaned before that document is back.
 */
export function joined(regions: AtlasRegions | null, shipped: ExtractedDocument[] | null, added: DocumentsSlice['added']): { data: AtlasData } | Record<string, never> {
  if (!regions || !shipped || !added.restored) return {};
  return { data: withDocuments(regions, [...shipped, ...added.entries.map((e) => e.extracted)]) };
}

export const documentsSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], DocumentsSlice> = (set) => ({
  shipped: null,
  added: { restored: false, entries: [] },
  setShipped: (shipped) => set((s) => ({ shipped, ...joined(s.regions, shipped, s.added), status: 'ready' })),
  restoreAdded: (entries) =>
    set((s) => {
      const added = { restored: true, entries: mergeById(s.added.entries, entries) };
      return { added, ...joined(s.regions, s.shipped, added) };
    }),
  addDocument: (entry) =>
    set((s) => {
      const added = { ...s.added, entries: mergeById(s.added.entries, [entry]) };
      return { added, ...joined(s.regions, s.shipped, added) };
    }),
  removeDocument: (id) =>
    set((s) => {
      const added = { ...s.added, entries: s.added.entries.filter((e) => e.id !== id) };
      return { added, ...joined(s.regions, s.shipped, added) };
    }),
});

/** `entries` with `more` put in: one per id, a later one replacing an earlier one in its place. */
function mergeById(entries: readonly AddedEntry[], more: readonly AddedEntry[]): AddedEntry[] {
  const out = [...entries];
  for (const e of more) {
    const i = out.findIndex((x) => x.id === e.id);
    if (i >= 0) out[i] = e;
    else out.push(e);
  }
  return out;
}
