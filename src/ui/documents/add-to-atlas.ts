import { keepDocument } from '../../io/added-store.ts';
import type { AddedEntry } from '../../state/slices/documents.ts';
import type { AppStore } from '../../state/store.ts';
import { levelShowing } from '../../view/navigate.ts';
import type { IntakeState } from './intake.ts';

type Review = Extract<IntakeState, { kind: 'review' }>;

/**
 * Puts a reviewed document in the atlas and keeps it in this browser (or for this session, saying why), then shows
 * it: its region's level with the region's panel open, where its tasks now count.
 */
export async function addToAtlas(store: AppStore, r: Review): Promise<AddedEntry> {
  const addedAt = new Date().toISOString();
  const outcome = await keepDocument({
    id: r.result.id,
    name: r.name,
    format: r.format,
    size: r.size,
    addedAt,
    detected: r.result.detected,
    meta: r.meta,
    extracted: r.extracted,
    text: r.result.read.text,
  });
  const entry: AddedEntry = {
    id: r.result.id,
    name: r.name,
    format: r.format,
    addedAt,
    kept: outcome.kept === 'saved' ? { persistent: true } : { persistent: false, zh: outcome.zh, en: outcome.en },
    extracted: r.extracted,
  };
  store.getState().addDocument(entry);
  showDocument(store, entry);
  return entry;
}

/** The level where a document's own region is drawn, with that region's panel open (China for a national plan). */
export function showDocument(store: AppStore, entry: Pick<AddedEntry, 'extracted'>): void {
  const s = store.getState();
  const region = entry.extracted.document.region?.code ?? '100000';
  if (!s.data || !s.data.names.has(region)) return;
  const { level, focus } = levelShowing(region, s.data);
  s.setLevel(level, focus);
  s.select(region === '100000' ? null : region);
}
