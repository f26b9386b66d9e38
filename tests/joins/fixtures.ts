import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { createAtlasData, type AtlasData } from '../../src/joins/atlas-data.ts';
import { INDICATORS } from '../../src/indicators/registry.ts';
import { REGISTRY } from '../../src/regions/registry.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');

export function shippedDocuments(): ExtractedDocument[] {
  return (JSON.parse(readFileSync(join(DATA, 'tasks.json'), 'utf8')) as { documents: ExtractedDocument[] }).documents;
}

export function divisions(): Array<[string, string, string]> {
  return (JSON.parse(readFileSync(join(DATA, 'gazetteer', 'divisions.json'), 'utf8')) as { units: Array<[string, string, string]> }).units;
}

/** The joins over the shipped tasks, registry and gazetteer. */
export function shippedAtlas(): AtlasData {
  return createAtlasData(shippedDocuments(), divisions(), REGISTRY, INDICATORS);
}
