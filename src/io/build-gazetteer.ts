import { compositeLexicon } from '../extract/composite-lexicon.ts';
import { Gazetteer, type DivisionsData, type NameAlias, type TownsData } from '../extract/gazetteer.ts';
import type { CodeChangeTable } from '../domain/code-changes.ts';
import type { CompositeRegion } from '../domain/region.ts';

/** The shipped gazetteer files as parsed JSON: data/gazetteer/{divisions,towns,aliases}.json and data/code-changes.json. */
export interface GazetteerData {
  divisions: DivisionsData;
  towns: TownsData;
  aliases: { aliases: NameAlias[] };
  changes: CodeChangeTable;
}

/**
 * The extractor's gazetteer from the shipped data and the composite registry: one builder for the command line
 * (data/gazetteer/load.ts reads the files with fs) and the browser (src/io/load-gazetteer.ts fetches them).
 */
export function buildGazetteer(data: GazetteerData, registry: readonly CompositeRegion[]): Gazetteer {
  if (!Array.isArray(data.divisions?.units) || typeof data.towns?.towns !== 'object' || !Array.isArray(data.aliases?.aliases) || !Array.isArray(data.changes?.changes)) {
    throw new Error('the gazetteer data is malformed');
  }
  return new Gazetteer(data.divisions, data.towns, [...data.aliases.aliases, ...formerNames(data.changes, data.divisions)], compositeLexicon(registry));
}

/**
 * Former names of renamed or merged units (南郑县 → 南郑区 610703), so documents written before a change still
 * resolve. A former name that some current unit still carries (桥东区) is that unit's, and a split unit has no
 * single successor, so neither becomes an alias.
 */
export function formerNames(table: CodeChangeTable, divisions: DivisionsData): NameAlias[] {
  const current = new Set(divisions.units.map(([, name]) => name));
  const known = new Set(divisions.units.map(([code]) => code));
  return table.changes
    .filter((c) => (c.kind === 'rename' || c.kind === 'merge') && c.oldName !== c.newName && !current.has(c.oldName) && known.has(c.new))
    .map((c) => ({ name: c.oldName, code: c.new, withShort: true }));
}
