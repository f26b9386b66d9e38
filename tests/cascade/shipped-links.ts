import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinkSet } from '../../src/io/load-links.ts';

/** data/links.json as the page loads it. */
export function shippedLinkSet(): LinkSet {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'links.json'), 'utf8')) as LinkSet;
}
