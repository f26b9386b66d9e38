import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../../src/extract/gazetteer.ts';
import { buildGazetteer, type GazetteerData } from '../../src/io/build-gazetteer.ts';
import { REGISTRY } from '../../src/regions/registry.ts';

export { formerNames } from '../../src/io/build-gazetteer.ts';

const here = import.meta.dirname;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The shipped gazetteer with the composite registry, read from data/ (Node only: the CLI, tests and benchmarks). */
export function loadGazetteer(): Gazetteer {
  const data: GazetteerData = {
    divisions: readJson(join(here, 'divisions.json')),
    towns: readJson(join(here, 'towns.json')),
    aliases: readJson(join(here, 'aliases.json')),
    changes: readJson(join(here, '..', 'code-changes.json')),
  };
  return buildGazetteer(data, REGISTRY);
}
