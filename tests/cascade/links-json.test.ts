import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { LinksFile } from '../../data/links-json.ts';
import { LINKS_JSON } from '../../data/links-json.ts';
import { shippedLinks } from './fixtures.ts';

test('data/links.json is what the linker makes of data/sources (run `npm run extract -- --all` after a change)', () => {
  const shipped = JSON.parse(readFileSync(LINKS_JSON, 'utf8')) as LinksFile;
  const { documents, links } = shippedLinks();
  expect(shipped.links).toEqual(JSON.parse(JSON.stringify(links)));
  // The page relies on this list to tell whether the file covers the documents it holds.
  expect(shipped.documents).toEqual(documents.map((d) => d.document.id));
  const ids = new Set(documents.flatMap((d) => d.tasks.map((t) => t.id)));
  for (const k of shipped.links) expect(ids.has(k.lower) && ids.has(k.upper)).toBe(true);
});
