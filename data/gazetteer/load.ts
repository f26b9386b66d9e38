import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compositeLexicon } from '../../src/extract/composite-lexicon.ts';
import { Gazetteer, type DivisionsData, type NameAlias, type TownsData } from '../../src/extract/gazetteer.ts';
import type { CodeChangeTable } from '../../src/domain/code-changes.ts';
import { REGISTRY } from '../../src/regions/registry.ts';

const here = import.meta.dirname;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The shipped gazetteer with the composite registry, read from data/ (Node only: the CLI, tests and benchmarks). */
export function loadGazetteer(): Gazetteer {
  const divisions = readJson<DivisionsData>(join(here, 'divisions.json'));
  const towns = readJson<TownsData>(join(here, 'towns.json'));
  const aliases = readJson<{ aliases: NameAlias[] }>(join(here, 'aliases.json')).aliases;
  const changes = readJson<CodeChangeTable>(join(here, '..', 'code-changes.json'));
  return new Gazetteer(divisions, towns, [...aliases, ...formerNames(changes, divisions)], compositeLexicon(REGISTRY));
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
