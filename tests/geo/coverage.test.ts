import { describe, expect, it } from 'vitest';
import type { UnitIndexEntry } from '../../src/domain/code-changes.ts';
import { REGISTRY } from '../../src/regions/registry.ts';
import { collection, readJson } from './load.ts';

/** What the map needs of the data: every code a task or a composite names is drawn by some feature. */
const units = new Map(readJson<UnitIndexEntry[]>('public/geo/units.json').map((u) => [u.code, u]));
const tasks = readJson<{ documents: Array<{ tasks: Array<{ places: Array<{ code: string | null }> }> }> }>('data/tasks.json');

const layerCodes = new Map<string, Set<string>>();
function drawnIn(file: string, object: string): Set<string> {
  const key = `${file}#${object}`;
  if (!layerCodes.has(key)) layerCodes.set(key, new Set(collection(file, object).geometries.map((g) => (g.properties as { code: string }).code)));
  return layerCodes.get(key)!;
}

/** The code of the feature that draws a unit, checked to be in the layer of the unit's level. */
function drawingFeature(code: string): string | null {
  const u = units.get(code);
  if (!u?.feature) return null;
  const layer =
    u.level === 'province' ? drawnIn('china.topo.json', 'provinces')
    : u.level === 'prefecture' ? drawnIn('china.topo.json', 'prefectures')
    : drawnIn(`counties/${u.province}.topo.json`, 'counties');
  return layer.has(u.feature) ? u.feature : null;
}

describe('coverage of the data by the layers', () => {
  it('draws every place code the extraction found in the five documents', () => {
    const codes = new Set(tasks.documents.flatMap((d) => d.tasks.flatMap((t) => t.places.map((p) => p.code)))
      .filter((c): c is string => c !== null && c !== '100000'));
    expect(codes.size).toBeGreaterThan(20);
    expect([...codes].filter((c) => drawingFeature(c) === null)).toEqual([]);
  });

  it('draws every member of every version of every registry composite', () => {
    const members = REGISTRY.flatMap((r) => r.versions.flatMap((v) => v.members.map((m) => `${r.id}:${m.code}:${m.name}`)));
    expect(members.length).toBeGreaterThan(300);
    expect(members.filter((m) => drawingFeature(m.split(':')[1]!) === null)).toEqual([]);
  });
});
