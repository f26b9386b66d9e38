import { join } from 'node:path';
import area from '@turf/area';
import turfBbox from '@turf/bbox';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { topology } from 'topojson-server';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { levelOf, prefectureOf } from '../../src/domain/admin-code.ts';
import type { CodeChangeTable, UnitIndexEntry } from '../../src/domain/code-changes.ts';
import type { BoundaryProps, BoundaryLevel } from '../../src/domain/boundary.ts';
import { readDivisions, isStatisticalZone, SAR_AND_TAIWAN } from '../lib/divisions.ts';
import { englishName } from '../lib/english-names.ts';
import { BUILD_DIR, readJson, writeIfChanged } from '../lib/step.ts';
import { findConflicts } from '../lib/intersections.ts';
import { cutArcLoops, dissolve, propsOf, type Arc } from '../lib/topology-tools.ts';
import type { Sources } from './01-fetch.ts';
import type { AtomProps } from './02-normalize.ts';
import { CODE_CHANGES } from './02-normalize.ts';
import { CONFLATED } from './03-conflate.ts';

export const FULL_TOPOLOGY = join(BUILD_DIR, 'china-full.topo.json');
export const UNITS = join(BUILD_DIR, 'units.json');

export type ChinaObjects = {
  provinces: GeometryCollection<BoundaryProps>;
  prefectures: GeometryCollection<BoundaryProps>;
  counties: GeometryCollection<BoundaryProps>;
  /** Pieces drawn at province level only, by name: 东沙群岛 (Guangdong), for the South China Sea inset. */
  extras: GeometryCollection<{ name: string; en: string; province: string }>;
};
export type ChinaTopology = Topology<ChinaObjects>;

const round = (x: number, k: number) => Math.round(x * 10 ** k) / 10 ** k;

/**
 * Pole of inaccessibility of the largest polygon, found in a plane stretched by cos(latitude) so that
 * "farthest from the edge" means metres, not degrees.
 */
export function labelPoint(g: Polygon | MultiPolygon): [number, number] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = polys[0]!, bestArea = -1;
  for (const p of polys) {
    const a = area({ type: 'Polygon', coordinates: p });
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  const lat0 = best[0]!.reduce((s, q) => s + q[1]!, 0) / best[0]!.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const scaled = best.map((r) => r.map((q) => [q[0]! * k, q[1]!] as Position));
  const [x0, y0, x1, y1] = turfBbox({ type: 'Polygon', coordinates: scaled });
  const p = polylabel(scaled as number[][][], Math.max(x1 - x0, y1 - y0) / 500);
  return [round(p[0]! / k, 4), round(p[1]!, 4)];
}

/** Polygons below this (km²) are slivers left by fitting borders together, not land: the source grid is ~0.01 km². */
const SLIVER_KM2 = 0.002;

export function buildTopology(sources: Sources): void {
  const atoms = readJson<FeatureCollection<Polygon | MultiPolygon, AtomProps>>(CONFLATED);
  const table = readJson<CodeChangeTable>(CODE_CHANGES);
  const div = readDivisions(sources.divisions.dir);
  const topo = topology({ atoms }) as unknown as Topology<{ atoms: GeometryCollection<AtomProps> }>;
  const loops = cutArcLoops(topo.arcs as Arc[]);

  // Which current codes draw which other codes (临平区 inside 余杭区 …), and which polygons are approximate.
  const contains = new Map<string, string[]>();
  const approx = new Set(table.approximate.map((a) => a.code));
  for (const c of table.changes) {
    if (c.geometry === 'parent' && c.host) contains.set(c.host, [...(contains.get(c.host) ?? []), c.new]);
  }

  const nameOf = (code: string): string => {
    const d = div.byCode.get(code) ?? SAR_AND_TAIWAN.find((s) => s.code === code);
    if (!d) throw new Error(`no 2023 name for ${code}`);
    return d.name;
  };

  const geometries = topo.objects.atoms.geometries;
  const ringOf = (r: number[]) => (feature(topo as never, { type: 'Polygon', arcs: [r] } as never) as unknown as { geometry: Polygon }).geometry;
  // Slivers, and small rings that touch themselves (left where three borders from different lineages
  // meet), are not land: drop them.
  const keepRing = (r: number[]) => {
    const g = ringOf(r);
    const km2 = area(g) / 1e6;
    if (km2 < SLIVER_KM2) return false;
    return km2 >= 1 || findConflicts([g.coordinates[0] as [number, number][]]).length === 0;
  };
  const withoutSlivers = (m: TopoMultiPolygon): TopoMultiPolygon => {
    const polys = m.arcs.filter((p) => keepRing(p[0]!)).map((p) => [p[0]!, ...p.slice(1).filter(keepRing)]);
    return { type: 'MultiPolygon', arcs: polys.length ? polys : m.arcs };
  };
  const group = (by: (p: AtomProps) => string | null) => {
    const m = new Map<string, typeof geometries>();
    for (const g of geometries) {
      const k = by(propsOf<AtomProps>(g));
      if (k) m.set(k, [...(m.get(k) ?? []), g]);
    }
    return m;
  };

  const build = (level: BoundaryLevel, by: (p: AtomProps) => string | null): GeometryCollection<BoundaryProps> => {
    const out: GeometryCollection<BoundaryProps>['geometries'] = [];
    for (const [code, gs] of [...group(by)].sort((a, b) => a[0].localeCompare(b[0]))) {
      const merged = withoutSlivers(dissolve(topo as never, gs as never));
      const geo = feature(topo as never, merged as never) as unknown as { geometry: Polygon | MultiPolygon };
      const name = nameOf(code);
      const province = level === 'province' ? code : propsOf<AtomProps>(gs[0]!).province;
      const props: BoundaryProps = {
        code,
        name,
        // By the code's own level: the prefecture layer stands in county-level units (仙桃市, 神农架林区) for prefectures.
        en: englishName(code, name, levelOf(code) as BoundaryLevel),
        level,
        province,
        prefecture: level === 'county' ? prefectureOf(code) : null,
        area_km2: round(area(geo.geometry) / 1e6, 1),
        bbox: turfBbox(geo.geometry).map((x) => round(x, 4)) as [number, number, number, number],
        label: labelPoint(geo.geometry),
      };
      if (approx.has(code)) props.approx = true;
      const inner = contains.get(code);
      if (inner && level === 'county') props.contains = inner.sort();
      out.push({ type: 'MultiPolygon', arcs: merged.arcs, id: code, properties: props });
    }
    return { type: 'GeometryCollection', geometries: out };
  };

  const china: ChinaTopology = {
    type: 'Topology',
    arcs: topo.arcs,
    objects: {
      provinces: build('province', (p) => p.province),
      prefectures: build('prefecture', (p) => p.prefecture),
      counties: build('county', (p) => p.county),
      extras: {
        type: 'GeometryCollection',
        geometries: [
          {
            ...dissolve(topo as never, geometries.filter((g) => propsOf<AtomProps>(g).srcId === '442100') as never),
            properties: { name: '东沙群岛', en: 'Dongsha', province: '440000' },
          },
        ],
      },
    },
  };
  writeIfChanged(FULL_TOPOLOGY, JSON.stringify(china));
  writeIfChanged(UNITS, `${JSON.stringify(unitIndex(china, table, div), null, 0)}\n`);
  console.log(`  topology: ${topo.arcs.length} arcs, ${loops} arc loops cut`);
}

/**
 * Every current unit (2023 list, plus HK, Macau, Taiwan) and the polygon that draws it, so old and new
 * codes resolve to something drawable, and the units without a polygon are listed with the reason.
 */
function unitIndex(china: ChinaTopology, table: CodeChangeTable, div: ReturnType<typeof readDivisions>): UnitIndexEntry[] {
  const drawn = {
    province: new Set(china.objects.provinces.geometries.map((g) => String(g.id))),
    prefecture: new Set(china.objects.prefectures.geometries.map((g) => String(g.id))),
    county: new Set(china.objects.counties.geometries.map((g) => String(g.id))),
  };
  const out: UnitIndexEntry[] = [];
  const add = (e: UnitIndexEntry) => out.push(e);
  for (const p of div.provinces) {
    add({ code: p.code, name: p.name, level: 'province', province: p.code, prefecture: null, ...drawState(drawn.province.has(p.code), p.code) });
  }
  for (const p of div.prefectures) {
    add({ code: p.code, name: p.name, level: 'prefecture', province: p.province, prefecture: null, ...drawState(drawn.prefecture.has(p.code), p.code) });
  }
  for (const c of div.counties) {
    const base = { code: c.code, name: c.name, level: 'county' as const, province: c.province, prefecture: prefectureOf(c.code) };
    if (drawn.county.has(c.code)) {
      add({ ...base, feature: c.code, geometry: 'own' });
      continue;
    }
    const change = table.changes.find((x) => x.new === c.code && x.geometry !== 'own');
    if (change?.geometry === 'parent') {
      add({ ...base, feature: change.host!, geometry: 'parent', reason: `split off after the boundary data was made (${change.year}); drawn inside ${change.host}` });
    } else if (change?.geometry === 'none') {
      add({ ...base, feature: null, geometry: 'none', reason: `new in ${change.year}; ${change.note ?? 'no polygon in the source'}` });
    } else if (isStatisticalZone(c.code)) {
      add({ ...base, feature: null, geometry: 'none', reason: 'statistical functional zone (开发区/管理区 …), not an administrative division: its land lies in the counties around it' });
    } else if (c.code.startsWith('2327')) {
      add({ ...base, feature: null, geometry: 'none', reason: '大兴安岭 district with a statistical code only; its land is drawn in 呼玛县/塔河县/漠河市' });
    } else {
      throw new Error(`current county ${c.code} ${c.name} has no polygon and no recorded reason`);
    }
  }
  return out;

  function drawState(has: boolean, code: string): Pick<UnitIndexEntry, 'feature' | 'geometry' | 'reason'> {
    if (has) return { feature: code, geometry: 'own' };
    return { feature: null, geometry: 'none', reason: 'no polygon' };
  }
}

