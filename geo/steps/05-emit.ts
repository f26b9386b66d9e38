import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { UnitIndexEntry } from '../../src/domain/code-changes.ts';
import type { BoundaryProps } from '../../src/domain/boundary.ts';
import { METHOD, OUT_DIR, collection, writeLayer, type LayerRecord } from '../lib/emit-layer.ts';
import { simplifyObjects, vertexWeights, type SimplifySettings } from '../lib/simplify.ts';
import { propsOf } from '../lib/topology-tools.ts';
import { BUILD_DIR, readJson, writeIfChanged } from '../lib/step.ts';
import type { Sources } from './01-fetch.ts';
import { FULL_TOPOLOGY, UNITS, type ChinaTopology } from './04-topology.ts';

export { OUT_DIR };
/** The manifest records of the files this step writes, for 07-manifest. */
export const EMIT_LAYERS = join(BUILD_DIR, 'emit-layers.json');

/**
 * National view: provinces and prefectures in one file, so their shared borders are stored once. Coarse, because it
 * is the first map drawn and deck.gl tessellates every position on the CPU (software WebGL in headless Chromium):
 * a 50 km² triangle is ~3 px² at national zoom. 3 km² gave 89k decoded positions and ~10 s to first map; 50 km²
 * gives ~25k (the budget in tests/geo/budget.test.ts). Small units stay: each unit keeps its largest polygon, and a
 * ring the threshold would collapse is refined back (simplifyObjects), so 澳门 and 香港 are drawn.
 */
export const NATIONAL: SimplifySettings = { minWeightKm2: 50, minPolygonKm2: 15, quantization: 1e5, maxQuantization: 1.6e6 };
/** One file per province: counties, prefectures and the province outline, for the zoomed-in view. */
export const PROVINCE: SimplifySettings = { minWeightKm2: 0.02, minPolygonKm2: 0.3, quantization: 1e5, maxQuantization: 1.6e6 };
/** The South China Sea inset: every island kept. */
export const INSET: SimplifySettings = { minWeightKm2: 0.5, minPolygonKm2: 0, quantization: 1e5, maxQuantization: 1.6e6 };

/**
 * The inset box [west, south, east, north] drawn in the lower right of national maps (南海诸岛): from the
 * Gulf of Tonkin to the Philippines, from Hainan and Taiwan's south tip down past 曾母暗沙 (3.9°N).
 */
export const INSET_BBOX: [number, number, number, number] = [106.5, 2.8, 123.0, 23.6];

/** Neighbouring countries: Natural Earth 1:50m, everything touching this box, except China's own units. */
const NEIGHBOUR_BBOX: [number, number, number, number] = [60, -12, 150, 60];
const NOT_NEIGHBOURS = new Set(['156', '158', '344', '446']);

export function emit(sources: Sources): void {
  const china = readJson<ChinaTopology>(FULL_TOPOLOGY);
  const units = readJson<UnitIndexEntry[]>(UNITS);
  const weights = vertexWeights(china as never);
  const layers: LayerRecord[] = [];
  const { provinces, prefectures, counties, extras } = china.objects;

  // National file.
  {
    const { topology: t, report } = simplifyObjects(china as never, weights, { provinces, prefectures } as never, NATIONAL);
    layers.push(writeLayer('china.topo.json', t, {
      objects: { provinces: { level: 'province', features: provinces.geometries.length }, prefectures: { level: 'prefecture', features: prefectures.geometries.length } },
      simplification: { method: METHOD, ...NATIONAL },
      report,
      firstView: true,
    }));
  }

  // One file per province with counties.
  const countyDir = join(OUT_DIR, 'counties');
  const expected = new Set<string>();
  for (const p of provinces.geometries) {
    const code = String(p.id);
    const cs = counties.geometries.filter((g) => propsOf<BoundaryProps>(g).province === code);
    if (!cs.length) continue;
    const ps = prefectures.geometries.filter((g) => propsOf<BoundaryProps>(g).province === code);
    const { topology: t, report } = simplifyObjects(china as never, weights, { counties: collection(cs), prefectures: collection(ps), province: collection([p]) } as never, PROVINCE);
    const file = `counties/${code}.topo.json`;
    expected.add(`${code}.topo.json`);
    layers.push(writeLayer(file, t, {
      objects: { counties: { level: 'county', features: cs.length }, prefectures: { level: 'prefecture', features: ps.length }, province: { level: 'province', features: 1 } },
      simplification: { method: METHOD, ...PROVINCE },
      report,
      firstView: false,
    }));
  }
  for (const f of readdirSync(countyDir)) if (!expected.has(f)) rmSync(join(countyDir, f));

  // South China Sea inset: the islands, the coasts around them, and the frame.
  {
    const islandProps = (code: string, p: { name: string; en: string }) => ({ code, name: p.name, en: p.en });
    const islands = collection([
      ...counties.geometries.filter((g) => String(g.id).startsWith('4603')).map((g) => ({ ...g, properties: islandProps(String(g.id), propsOf<BoundaryProps>(g)) })),
      // 东沙群岛 has no county code of its own: it is listed under its province.
      ...extras.geometries.map((g) => ({ ...g, id: '440000', properties: islandProps('440000', propsOf<{ name: string; en: string }>(g)) })),
    ] as GeometryObject[]);
    const coast = provinces.geometries.filter((g) => ['440000', '450000', '460000', '710000', '810000', '820000'].includes(String(g.id)));
    const { topology: t, report } = simplifyObjects(china as never, weights, { islands, provinces: collection(coast) } as never, INSET);
    const [w, s, e, n] = INSET_BBOX;
    const frame = { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
    const neighbours = neighbourCountries(sources, INSET_BBOX);
    // Frame and neighbours come from other sources: a second small topology merged in as extra objects.
    const extra = topology({ frame: { type: 'Feature', properties: { bbox: INSET_BBOX }, geometry: frame }, neighbours } as never, 1e4) as unknown as Topology;
    const offset = t.arcs.length;
    const shift = (g: GeometryObject): GeometryObject => {
      const ring = (r: number[]) => r.map((a) => (a < 0 ? ~(~a + offset) : a + offset));
      if (g.type === 'Polygon') return { ...g, arcs: g.arcs.map(ring) };
      if (g.type === 'MultiPolygon') return { ...g, arcs: g.arcs.map((p) => p.map(ring)) };
      if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(shift) };
      return g;
    };
    // Re-express the extra arcs on the main file's grid.
    const tt = t.transform!, et = extra.transform!;
    const extraArcs = (extra.arcs as number[][][]).map((arc) => {
      let x = 0, y = 0, px = 0, py = 0;
      return arc.map(([dx, dy], k) => {
        x += dx!; y += dy!;
        const qx = Math.round((x * et.scale[0] + et.translate[0] - tt.translate[0]) / tt.scale[0]);
        const qy = Math.round((y * et.scale[1] + et.translate[1] - tt.translate[1]) / tt.scale[1]);
        const out = k ? [qx - px, qy - py] : [qx, qy];
        [px, py] = [qx, qy];
        return out;
      });
    });
    const merged: Topology = {
      type: 'Topology',
      transform: t.transform,
      objects: { ...t.objects, neighbours: shift(extra.objects.neighbours as GeometryObject), frame: shift(extra.objects.frame as GeometryObject) },
      arcs: [...(t.arcs as never[]), ...(extraArcs as never[])],
    };
    layers.push(writeLayer('south-china-sea.topo.json', merged, {
      objects: { islands: { features: islands.geometries.length }, provinces: { level: 'province', features: coast.length }, neighbours: { features: (extra.objects.neighbours as GeometryCollection).geometries.length }, frame: { features: 1 } },
      simplification: { method: METHOD, ...INSET },
      report,
      firstView: true,
    }));
  }

  // Neighbouring countries for context.
  {
    const nb = neighbourCountries(sources, NEIGHBOUR_BBOX);
    const t = topology({ countries: nb } as never, 2e4) as unknown as Topology;
    layers.push(writeLayer('neighbours.topo.json', t, {
      objects: { countries: { features: nb.features.length } },
      simplification: { method: 'none beyond Natural Earth 1:50m; re-quantized', minWeightKm2: 0, minPolygonKm2: 0, quantization: 2e4 },
      firstView: true,
    }));
  }

  const unitsJson = `[\n${units.map((u) => JSON.stringify(u)).join(',\n')}\n]\n`;
  writeIfChanged(join(OUT_DIR, 'units.json'), unitsJson);
  writeIfChanged(EMIT_LAYERS, `${JSON.stringify(layers, null, 2)}\n`);
}

function neighbourCountries(sources: Sources, box: [number, number, number, number]) {
  const world = readJson<Topology>(join(sources.world.dir, 'countries-50m.json'));
  const fc = feature(world as never, world.objects.countries as never) as unknown as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>;
  const [w, s, e, n] = box;
  const touches = (f: (typeof fc.features)[number]) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return polys.some((p) => p[0]!.some(([x, y]) => x! >= w && x! <= e && y! >= s && y! <= n));
  };
  const features = fc.features
    .filter((f) => f.geometry && !NOT_NEIGHBOURS.has(String(f.id)) && touches(f))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .map((f) => ({ ...f, properties: { iso_n3: String(f.id), name: f.properties.name } }));
  return { type: 'FeatureCollection' as const, features };
}

