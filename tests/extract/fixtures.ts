import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../src/domain/document.ts';
import type { ExtractedDocument, Task } from '../../src/domain/task.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';

export const SOURCES_DIR = join(import.meta.dirname, '..', '..', 'data', 'sources');

export function sourceIndex(): SourceDocument[] {
  return (JSON.parse(readFileSync(join(SOURCES_DIR, 'index.json'), 'utf8')) as { documents: SourceDocument[] }).documents;
}

export function source(id: string): { meta: SourceDocument; bytes: Buffer; text: string } {
  const meta = sourceIndex().find((d) => d.id === id);
  if (!meta) throw new Error(`no source ${id}`);
  const bytes = readFileSync(join(SOURCES_DIR, meta.file));
  return { meta, bytes, text: bytes.toString('utf8') };
}

/** A shipped document, extracted the way `npm run extract -- --all` does. */
export function extractShipped(id: string): { doc: ExtractedDocument; text: string } {
  const { meta, bytes, text } = source(id);
  return { doc: extractDocument(bytes, { gazetteer: loadGazetteer(), meta }), text };
}

export function task(doc: ExtractedDocument, label: string): Task {
  const t = doc.tasks.find((x) => x.label === label);
  if (!t) throw new Error(`no task ${label}`);
  return t;
}

/** The original text a span points at. */
export function at(text: string, span: readonly [number, number]): string {
  return text.slice(span[0], span[1]);
}

/**
 * The text as a GBK-encoded copy of the page would hold it: GBK has no no-break or en spaces (U+00A0, U+2002),
 * so such a copy has plain spaces there.
 */
export function gbkSafe(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ');
}

export const placeNames = (t: Task) => t.places.map((p) => p.name);
