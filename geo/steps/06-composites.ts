import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import area from '@turf/area';
import turfBbox from '@turf/bbox';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon } from 'topojson-specification';
import { ancestorsOf } from '../../src/domain/admin-code.ts';
import { DivisionTree } from '../../src/domain/division-tree.ts';
import type { UnitIndexEntry } from '../../src/domain/code-changes.ts';
import type { CompositeProps } from '../../src/domain/boundary.ts';
import { CompositeGeography } from '../../src/joins/composite-geography.ts';
import { validateRegistry } from '../../src/regions/validate-registry.ts';
import { METHOD, writeLayer } from '../lib/emit-layer.ts';
import { simplifyObjects, vertexWeights, type SimplifySettings } from '../lib/simplify.ts';
import { ROOT, BUILD_DIR, readJson, writeIfChanged } from '../lib/step.ts';
import { dissolve, propsOf } from '../lib/topology-tools.ts';
import { FULL_TOPOLOGY, UNITS, labelPoint, type ChinaTopology } from './04-topology.ts';
import { NATIONAL } from './05-emit.ts';

export const REGISTRY_DIR = join(ROOT, 'data', 'regions');
export const DIVISIONS = join(ROOT, 'data', 'gazetteer', 'divisions.json');
/** The manifest records of the two composite files, for 07-manifest. */
export const COMPOSITES_LAYER = join(BUILD_DIR, 'composites-layer.json');
export const COMPOSITES_FILE = 'composites.topo.json';
/** The same outlines at the national file's detail, for the national view: its first paint draws them. */
export const COMPOSITES_NATIONAL_FILE = 'composites-national.topo.json';

/** The registry files: every data/regions/*.json. */
export function registryFiles(): string[] {
  return readdirSync(REGISTRY_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(REGISTRY_DIR, f));
}

/** Properties of a composite feature: what the app reads (`CompositeProps`), and the build's own record of it. */
export interface CompositeFeatureProps extends CompositeProps {
  /** The unit geometries dissolved: member codes (or their host's, see `hosted`), nested ones left out. */
  units: string[];
  /** Members without a polygon of their own, drawn through the unit that hosts them (临平区 in 余杭区): the outline is approximate. */
  hosted?: string[];
  /** Members with no polygon at all (statistical zones). */
  undrawn?: string[];
}

/**
 * Composites are drawn at national zoom and over a province's county map, where their outline should follow the
 * county borders: the province files' grid and island threshold. The vertex threshold is the national file's before
 * it was coarsened (3 km²) for the big ones, and scales down with the composite's area ({@link weightOf}), so that the
 * zones of a few counties (杨凌, 132 km²) and the archipelagos (舟山) keep their shape and area.
 */
export const COMPOSITES: SimplifySettings = { minWeightKm2: 3, minPolygonKm2: 0.3, quantization: 1e5, maxQuantization: 1.6e6 };
/** A composite's own vertex threshold: 1/20 000 of its area (0.1 km² at least). */
const weightOf = (g: GeometryObject) => Math.max(0.1, propsOf<CompositeFeatureProps>(g).area_km2 * 5e-5);

/**
 * Islands (and holes) smaller than 1/10 000 of the composite, 0.3 km² at least, are left out: 长三角 keeps islands of
 * 36 km² and up, 梅山-佛渡-六横 (1 167 km², an archipelago) those of 0.3 km². Most of the positions of the coastal
 * composites were islets a map at national or province zoom cannot show; the largest part always stays.
 */
function withoutSmallIslands(china: ChinaTopology, m: TopoMultiPolygon): TopoMultiPolygon {
  const km2 = (rings: number[][]) => area((feature(china as never, { type: 'Polygon', arcs: rings } as never) as unknown as { geometry: Polygon }).geometry) / 1e6;
  const shells = m.arcs.map((p) => km2([p[0]!]));
  const min = Math.max(0.3, shells.reduce((a, b) => a + b, 0) * 1e-4);
  const largest = shells.indexOf(Math.max(...shells));
  const arcs = m.arcs.filter((_, i) => i === largest || shells[i]! >= min).map((p) => [p[0]!, ...p.slice(1).filter((h) => km2([h]) >= min)]);
  return { type: 'MultiPolygon', arcs };
}

const round = (x: number, k: number) => Math.round(x * 10 ** k) / 10 ** k;

/**
 * public/geo/composites.topo.json: each composite of the registry that has members today (the latest version, as the
 * app's `membersOf(id, null)`; a group drawn through its children gets theirs) as one outline, dissolved on the
 * shared arcs of the full topology from its members' own polygons (provinces, prefectures or counties), so the
 * borders between members disappear and the outline runs exactly on the units' borders. Simplified like the
 * national file (composites are drawn at national and province zoom).
 */
export function buildComposites(): void {
  const china = readJson<ChinaTopology>(FULL_TOPOLOGY);
  const units = new Map(readJson<UnitIndexEntry[]>(UNITS).map((u) => [u.code, u]));
  const registry = validateRegistry(registryFiles().flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown[]));
  const divisions = readJson<{ units: [string, string, string?][] }>(DIVISIONS).units;
  const geography = new CompositeGeography(registry, new DivisionTree(divisions));

  const byCode = new Map<string, GeometryObject>();
  for (const name of ['provinces', 'prefectures', 'counties'] as const) for (const g of china.objects[name].geometries) byCode.set(String(g.id), g);

  const geometries: GeometryObject[] = [];
  for (const region of [...registry].sort((a, b) => a.id.localeCompare(b.id))) {
    const members = geography.membersOf(region.id, null);
    if (!members.length) continue;
    const hosted: string[] = [];
    const undrawn: string[] = [];
    const drawn = new Set<string>();
    for (const code of members) {
      if (byCode.has(code)) {
        drawn.add(code);
        continue;
      }
      const u = units.get(code);
      if (u?.feature && byCode.has(u.feature)) {
        drawn.add(u.feature);
        hosted.push(code);
      } else {
        undrawn.push(code);
      }
    }
    // A group's children may name a prefecture and one of its counties: the county is inside already.
    const codes = [...drawn].filter((c) => !ancestorsOf(c).some((a) => drawn.has(a))).sort();
    if (!codes.length) throw new Error(`composite ${region.id}: no member has a polygon (${members.join(' ')})`);
    const merged = withoutSmallIslands(china, dissolve(china as never, codes.map((c) => byCode.get(c)!) as never));
    const geometry = (feature(china as never, merged as never) as unknown as { geometry: Polygon | MultiPolygon }).geometry;
    const props: CompositeFeatureProps = {
      id: region.id,
      kind: region.kind,
      name: region.zh,
      en: region.en,
      label: labelPoint(geometry),
      bbox: turfBbox(geometry).map((x) => round(x, 4)) as [number, number, number, number],
      area_km2: round(area(geometry) / 1e6, 1),
      units: codes,
    };
    if (hosted.length) props.hosted = hosted.sort();
    if (undrawn.length) props.undrawn = undrawn.sort();
    geometries.push({ ...merged, id: region.id, properties: props } as GeometryObject);
  }

  const weights = vertexWeights(china as never);
  const composites: GeometryCollection = { type: 'GeometryCollection', geometries };
  const { topology, report } = simplifyObjects(china as never, weights, { composites } as never, COMPOSITES, weightOf);
  const record = writeLayer(COMPOSITES_FILE, topology, {
    objects: { composites: { features: geometries.length } },
    simplification: { method: METHOD, ...COMPOSITES },
    report,
    // Loaded when a province or prefecture is shown (src/io/boundaries.ts loadComposites('full')).
    firstView: false,
  });
  // At national zoom a 3 km² outline is ~31k positions the eye cannot tell from the national file's 50 km²; the
  // national view draws these instead: the national threshold, or 1/1 000 of a smaller composite's area (杨凌 and
  // the archipelagos keep their shape), islands already thinned per composite above.
  const NATIONAL_COMPOSITES: SimplifySettings = { ...NATIONAL, minPolygonKm2: COMPOSITES.minPolygonKm2 };
  const coarseWeightOf = (g: GeometryObject) => Math.max(0.1, propsOf<CompositeFeatureProps>(g).area_km2 * 1e-3);
  const coarse = simplifyObjects(china as never, weights, { composites: { type: 'GeometryCollection', geometries } } as never, NATIONAL_COMPOSITES, coarseWeightOf);
  const nationalRecord = writeLayer(COMPOSITES_NATIONAL_FILE, coarse.topology, {
    objects: { composites: { features: geometries.length } },
    simplification: { method: METHOD, ...NATIONAL_COMPOSITES },
    report: coarse.report,
    firstView: true,
  });
  writeIfChanged(COMPOSITES_LAYER, `${JSON.stringify([record, nationalRecord], null, 2)}\n`);
  const names = geometries.map((g) => propsOf<CompositeFeatureProps>(g)).filter((p) => p.hosted || p.undrawn);
  for (const p of names) console.log(`  ${p.id}: ${p.hosted ? `drawn through a host: ${p.hosted.join(' ')}` : ''}${p.undrawn ? ` no polygon: ${p.undrawn.join(' ')}` : ''}`);
  for (const r of [record, nationalRecord]) console.log(`  ${r.file}: ${geometries.length} features, ${r.vertices} vertices, ${r.bytes} bytes (${r.gzipBytes} gzipped)`);
}
