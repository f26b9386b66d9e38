import { keepDocument } from '../../io/added-store.ts';
import { parseBundle } from '../../io/document-bundle.ts';
import { applyUrlView } from '../../state/subscribers/url-sync.ts';
import type { AppStore } from '../../state/store.ts';
import { extractionWorker } from './intake.ts';

/** A Task Atlas shared file: JSON that says so in its first bytes. */
export function looksLikeBundle(name: string, head: string): boolean {
  return /\.json$/i.test(name) || /^\s*\{\s*"format"\s*:\s*"task-atlas-documents"/.test(head);
}

/**
 * Opens a shared file: each of its documents extracted again here (the file carries text and metadata, not
 * results), kept in this browser like any added document, then the shared view shown. Refuses a file that is not
 * one, whole (BundleError, with the reason in both languages). Resolves with how many documents came in.
 */
export async function importBundle(store: AppStore, text: string): Promise<number> {
  const bundle = parseBundle(text);
  const worker = await extractionWorker();
  for (const d of bundle.documents) {
    const extracted = await worker.extract(d.text, d.meta).result;
    const addedAt = new Date().toISOString();
    const outcome = await keepDocument({ id: d.id, name: d.name, format: d.format, size: d.text.length, addedAt, detected: d.meta, meta: d.meta, extracted, text: d.text });
    store.getState().addDocument({
      id: d.id,
      name: d.name,
      format: d.format,
      addedAt,
      kept: outcome.kept === 'saved' ? { persistent: true } : { persistent: false, zh: outcome.zh, en: outcome.en },
      extracted,
    });
  }
  applyUrlView(store, bundle.view);
  return bundle.documents.length;
}
