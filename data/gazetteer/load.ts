import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compositeLexicon } from '../../src/extract/composite-lexicon.ts';
import { Gazetteer, type DivisionsData, type NameAlias, type TownsData } from '../../src/extract/gazetteer.ts';
import { REGISTRY } from '../../src/regions/registry.ts';

const here = import.meta.dirname;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The shipped gazetteer with the composite registry, read from data/ (Node only: the CLI, tests and benchmarks). */
export function loadGazetteer(): Gazetteer {
  const divisions = readJson<DivisionsData>(join(here, 'divisions.json'));
  const towns = readJson<TownsData>(join(here, 'towns.json'));
  const aliases = readJson<{ aliases: NameAlias[] }>(join(here, 'aliases.json')).aliases;
  return new Gazetteer(divisions, towns, aliases, compositeLexicon(REGISTRY));
}
