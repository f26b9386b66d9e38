import type { ExtractedDocument } from '../domain/task.ts';
import { extractDocument } from '../extract/extract-document.ts';
import type { Gazetteer } from '../extract/gazetteer.ts';
import { withIndicators } from '../indicators/with-indicators.ts';
import type { ReadResult } from './read-document.ts';
import type { DocumentMeta } from './worker-protocol.ts';

/**
 * Extraction of a document's text as the page does it (the worker) and as the command line does it for files
 * index.json does not list: fields given in `meta` (null included, meaning "not known") win over what the front
 * matter says; `encoding` tells what the file was (gb18030, utf-8, docx, pdf …); targets carry their indicators.
 */
export function extractText(text: string, opts: { gazetteer: Gazetteer; id: string; file?: string | null; meta?: DocumentMeta; read?: ReadResult }): ExtractedDocument {
  const meta = opts.meta ?? {};
  const { title, issuer, date, year, docNumber, level, region } = meta;
  // The extractor reads a null year, level or issuer as "detect it"; given fields are set again afterwards (year
  // and region also steer the extraction itself: deadlines of an annual plan, places in the document's region).
  const doc = extractDocument(text, {
    gazetteer: opts.gazetteer,
    meta: { id: opts.id, file: opts.file ?? undefined, title, issuer: issuer ?? undefined, date, year: year ?? undefined, docNumber, level: level ?? undefined, region },
  });
  for (const key of Object.keys(meta) as Array<keyof DocumentMeta>) {
    if (meta[key] !== undefined) (doc.document as Record<string, unknown>)[key] = meta[key];
  }
  if (opts.read) doc.document.encoding = opts.read.encoding ?? opts.read.format;
  // Targets labelled with their indicators, as data/tasks.json has them.
  return withIndicators(doc);
}
