import area from '@turf/area';
import { describe, expect, it } from 'vitest';
import { ancestorsOf } from '../../src/domain/admin-code.ts';
import { DivisionTree } from '../../src/domain/division-tree.ts';
import type { UnitIndexEntry } from '../../src/domain/code-changes.ts';
import { CompositeGeography } from '../../src/joins/composite-geography.ts';
import type { CompositeProps } from '../../src/domain/boundary.ts';
import { REGISTRY } from '../../src/regions/registry.ts';
import { arcsOf, collection, contains, countyFiles, decodeArcs, features, polygonsOf, readJson, topo, type BoundaryFeature } from './load.ts';

type CompositeFeature = Omit<BoundaryFeature, 'properties'> & { properties: CompositeProps };

const composites = features('composites.topo.json', 'composites') as unknown as CompositeFeature[];
const geography = new CompositeGeography(REGISTRY, new DivisionTree(readJson<{ units: [string, string, string?][] }>('data/gazetteer/divisions.json').units));
const units = new Map(readJson<UnitIndexEntry[]>('public/geo/units.json').map((u) => [u.code, u]));
const countyFilesList = countyFiles();
const drawnUnits = new Map<string, BoundaryFeature>();
for (const f of [...features('china.topo.json', 'provinces'), ...features('china.topo.json', 'prefectures'), ...countyFilesList.flatMap((file) => features(file, 'counties'))]) {
  drawnUnits.set(f.properties.code, f);
}

/** The built units a composite's members are drawn as (a member without a polygon by its host), nested ones left out. */
function memberUnits(id: string): BoundaryFeature[] {
  const codes = new Set<string>();
  for (const m of geography.membersOf(id, null)) {
    const code = drawnUnits.has(m) ? m : units.get(m)?.feature;
    if (code && drawnUnits.has(code)) codes.add(code);
  }
  return [...codes].filter((c) => !ancestorsOf(c).some((a) => codes.has(a))).map((c) => drawnUnits.get(c)!);
}

const byId = (id: string) => composites.find((f) => f.properties.id === id)!;
const km2 = (f: { geometry: BoundaryFeature['geometry'] }) => area(f as never) / 1e6;
const withMembers = REGISTRY.filter((r) => geography.membersOf(r.id, null).length > 0);

describe('composites at national detail (composites-national.topo.json)', () => {
  const coarse = features('composites-national.topo.json', 'composites') as unknown as CompositeFeature[];
  it('hold the same composites with the same properties as the detailed file', () => {
    expect(coarse.map((f) => f.properties)).toEqual(composites.map((f) => f.properties));
  });
  // Simplified like the national provinces: close enough to read at national zoom, not to measure.
  it.each(withMembers.map((r) => r.id))('%s keeps its drawn area within 10% of the detailed outline', (id) => {
    const f = coarse.find((x) => x.properties.id === id)!;
    expect(Math.abs(km2(f) - km2(byId(id))) / km2(byId(id))).toBeLessThan(0.1);
  });
});

describe('composites', () => {
  it('draw every registry composite that has members today exactly once, with its kind and name', () => {
    expect(withMembers.length).toBeGreaterThan(0);
    expect(composites.map((f) => f.properties.id).sort()).toEqual(withMembers.map((r) => r.id).sort());
    for (const r of withMembers) {
      const f = byId(r.id);
      expect(String(f.id)).toBe(r.id);
      expect(f.properties.kind).toBe(r.kind);
      expect(f.properties.name).toBe(r.zh);
    }
  });

  it.each(withMembers.map((r) => r.id))('%s covers the area of its members (within 1%)', (id) => {
    const f = byId(id);
    const members = memberUnits(id);
    expect(members.length).toBeGreaterThan(0);
    const sum = members.reduce((s, m) => s + m.properties.area_km2, 0);
    // The full-detail dissolve, and the outline the map draws.
    expect(Math.abs(f.properties.area_km2 - sum) / sum, `recorded ${f.properties.area_km2} km², members ${sum} km²`).toBeLessThan(0.01);
    expect(Math.abs(km2(f) - sum) / sum, `drawn ${km2(f)} km², members ${sum} km²`).toBeLessThan(0.01);
  });

  it.each(['xian-metro', 'guanzhong-plain-cluster'])('%s: its bbox and outline hold every member’s label point', (id) => {
    const f = byId(id);
    const [w, s, e, n] = f.properties.bbox;
    const members = memberUnits(id);
    expect(members.length).toBeGreaterThan(1);
    for (const m of members) {
      const [x, y] = m.properties.label;
      expect(x >= w && x <= e && y >= s && y <= n, `${m.properties.code} ${m.properties.name}`).toBe(true);
      expect(contains(f, m.properties.label), `${m.properties.code} ${m.properties.name}`).toBe(true);
    }
    const [x, y] = f.properties.label;
    expect(x >= w && x <= e && y >= s && y <= n).toBe(true);
    expect(contains(f, f.properties.label)).toBe(true);
  });

  it('give every composite a label point inside its bbox', () => {
    for (const f of composites) {
      const [w, s, e, n] = f.properties.bbox;
      const [x, y] = f.properties.label;
      expect(x >= w && x <= e && y >= s && y <= n, f.properties.id).toBe(true);
    }
  });

  it.each(['xian-metro', 'guanzhong-plain-cluster'])('%s is fewer parts than its members: the borders between them are gone', (id) => {
    const parts = memberUnits(id).reduce((n, m) => n + polygonsOf(m).length, 0);
    expect(polygonsOf(byId(id)).length).toBeLessThan(parts);
  });

  /**
   * Every border two members share, in the layer file that draws them, runs inside the composite: a point in the
   * middle of it is in the composite's interior, not on its outline. Checked on the middle vertex of each shared arc.
   */
  it('keeps the borders between members inside, not on the outline', () => {
    const files = ['china.topo.json', ...countyFilesList];
    let checked = 0;
    const outside: string[] = [];
    for (const f of composites) {
      const members = new Set(memberUnits(f.properties.id).map((m) => m.properties.code));
      for (const file of files) {
        const t = topo(file);
        const objects = file === 'china.topo.json' ? ['provinces', 'prefectures'] : ['counties'];
        // By code: a municipality is both a province and its own prefecture stand-in, with one outline.
        const uses = new Map<number, Set<string>>();
        for (const o of objects) for (const g of collection(file, o).geometries) {
          if (!members.has(String(g.id))) continue;
          for (const a of arcsOf(g)) uses.set(a, (uses.get(a) ?? new Set()).add(String(g.id)));
        }
        const shared = [...uses].filter(([, by]) => by.size === 2).map(([a]) => a);
        if (!shared.length) continue;
        const arcs = decodeArcs(t);
        const { scale, translate } = t.transform!;
        for (const a of shared) {
          const arc = arcs[a]!;
          if (arc.length < 3) continue;
          const [qx, qy] = arc[Math.floor(arc.length / 2)]!;
          const p: [number, number] = [qx * scale[0] + translate[0], qy * scale[1] + translate[1]];
          checked++;
          if (!contains(f, p)) outside.push(`${f.properties.id} ${file} arc ${a} ${p.join(',')}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(outside).toEqual([]);
  });
});
