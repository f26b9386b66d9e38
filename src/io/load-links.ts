import linksUrl from '../../data/links.json?url';
import type { Link } from '../cascade/types.ts';
import { fetchJson } from './fetch-json.ts';

/** Links and the documents they were made over (data/links.json, or linkDocuments run in the page). */
export interface LinkSet {
  /** Ids of the documents linked, in order. */
  documents: readonly string[];
  links: readonly Link[];
}

const isLink = (k: unknown): k is Link => {
  const x = k as Partial<Link> | null;
  return typeof x?.lower === 'string' && typeof x.upper === 'string' && typeof x.score === 'number' && typeof x.evidence === 'object' && x.evidence !== null;
};

/**
 * The shipped documents' links (data/links.json, a hashed asset), fetched when a cascade feature is first used:
 * never on the first map's path. Rejects with a message naming what is wrong; the caller reports it.
 */
export async function loadShippedLinks(signal?: AbortSignal): Promise<LinkSet> {
  const file = await fetchJson<{ documents?: unknown; links?: unknown }>(linksUrl, signal);
  const documents = file.documents;
  if (!Array.isArray(documents) || !documents.every((d) => typeof d === 'string')) throw new Error('links.json does not list its documents');
  if (!Array.isArray(file.links) || !file.links.every(isLink)) throw new Error('links.json is not a list of links');
  return { documents, links: file.links };
}
