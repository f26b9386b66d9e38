import { Cascade } from '../cascade/queries.ts';
import type { LinkSet } from '../io/load-links.ts';
import { linkFlags } from '../joins/link-flags.ts';
import type { TaskColumns } from '../joins/task-columns.ts';
import { memoLast } from '../lib/memo.ts';
import type { AppState } from './store.ts';

const cascadeOf = memoLast((table: TaskColumns, links: LinkSet) => new Cascade(table.documents, links.links));
const flagsOf = memoLast((table: TaskColumns, cascade: Cascade) => linkFlags(table, cascade));

/**
 * The cascade's questions over the atlas's documents and the links in the store, built once per (documents,
 * links); null while either is not in. While the page links added documents again, the links it has are used:
 * links to tasks the atlas does not hold are left out, and the new document's follow in a few milliseconds.
 */
export function selectCascade(s: AppState): Cascade | null {
  return s.data && s.links ? cascadeOf(s.data.table, s.links) : null;
}

/** Which link conditions each task meets (see linkFlags), or null while the links are not in. */
export function selectLinkFlags(s: AppState): Uint8Array | null {
  const cascade = selectCascade(s);
  return s.data && cascade ? flagsOf(s.data.table, cascade) : null;
}

/** The link flags the filters need: null when no link filter is set, so the links arriving recount nothing. */
export function selectFilterLinks(s: AppState): Uint8Array | null {
  return s.filters.links.length ? selectLinkFlags(s) : null;
}
