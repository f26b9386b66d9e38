import { linkDocuments } from '../../src/cascade/link.ts';
import type { Link } from '../../src/cascade/types.ts';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { extractShipped, sourceIndex } from '../extract/fixtures.ts';

let cache: { documents: ExtractedDocument[]; links: Link[] } | null = null;

/** The five shipped documents, extracted as `npm run extract -- --all` does, and their links. */
export function shippedLinks(): { documents: ExtractedDocument[]; links: Link[] } {
  if (!cache) {
    const documents = sourceIndex().map((d) => extractShipped(d.id).doc);
    cache = { documents, links: linkDocuments(documents) };
  }
  return cache;
}

/** A task of the shipped documents by id. */
export function shippedTask(id: string) {
  const task = shippedLinks().documents.flatMap((d) => d.tasks).find((t) => t.id === id);
  if (!task) throw new Error(`no task ${id}`);
  return task;
}
