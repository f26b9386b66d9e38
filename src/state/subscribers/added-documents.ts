import { keptDocuments } from '../../io/added-store.ts';
import type { AddedEntry } from '../slices/documents.ts';
import type { AppStore } from '../store.ts';

/**
 * Brings back the documents this browser kept from earlier visits, into the store (the atlas joins them with the
 * shipped ones). Storage that cannot be read is no documents, not an error: the page works without them.
 */
export async function restoreAddedDocuments(store: AppStore): Promise<void> {
  const kept = await keptDocuments().catch(() => []);
  const entries: AddedEntry[] = kept.map((d) => ({
    id: d.id,
    name: d.name,
    format: d.format,
    addedAt: d.addedAt,
    kept: d.persistent ? { persistent: true } : { persistent: false, zh: '', en: '' },
    extracted: d.extracted,
  }));
  store.getState().restoreAdded(entries);
}
