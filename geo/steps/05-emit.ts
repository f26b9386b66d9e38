import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { UnitIndexEntry } from '../../src/geo/code-changes.ts';
import type { BoundaryProps } from '../../src/geo/boundary.ts';
import { simplifyObjects, vertexWeights, type SimplifyReport, type SimplifySettings } from '../lib/simplify.ts';
import { propsOf } from '../lib/topology-tools.ts';
import { ROOT, readJson, sha256, writeIfChanged } from '../lib/step.ts';
import type { Sources } from './01-fetch.ts';
import { FULL_TOPOLOGY, UNITS, type ChinaTopology } from './04-topology.ts';

export const OUT_DIR = join(ROOT, 'public', 'geo');

/** National view: provinces and prefectures in one file, so their shared borders are stored once. */
export const NATIONAL: SimplifySettings = { minWeightKm2: 3, minPolygonKm2: 15, quantization: 1e5, maxQuantization: 1.6e6 };
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

function stableStringify(topo: Topology): string {
  // Fixed key order and no float noise: identical inputs give byte-identical files.
  return JSON.stringify({ type: topo.type, bbox: topo.bbox, transform: topo.transform, objects: topo.objects, arcs: topo.arcs });
}

interface LayerRecord {
  file: string;
  objects: Record<string, { level?: string; features: number }>;
  bytes: number;
  gzipBytes: number;
  simplification: SimplifySettings & { method: string };
  report?: SimplifyReport;
  firstView: boolean;
}

function write(file: string, content: string, layers: LayerRecord[], rec: Omit<LayerRecord, 'file' | 'bytes' | 'gzipBytes'>) {
  const path = join(OUT_DIR, file);
  writeIfChanged(path, content);
  layers.push({ file, bytes: Buffer.byteLength(content), gzipBytes: gzipSync(content, { level: 9 }).length, ...rec });
}

const METHOD = 'Visvalingam on spherical triangle area (topojson-simplify), per-arc refinement until no crossing, touching or empty ring is left on the quantized grid';

function collection(geometries: GeometryObject[]): GeometryCollection {
  return { type: 'GeometryCollection', geometries };
}

function withBbox(topo: Topology): Topology {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const t = topo.transform!;
  for (const arc of topo.arcs as number[][][]) {
    let x = 0, y = 0;
    for (const [dx, dy] of arc) {
      x += dx!;
      y += dy!;
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    }
  }
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  topo.bbox = [r(x0 * t.scale[0] + t.translate[0]), r(y0 * t.scale[1] + t.translate[1]), r(x1 * t.scale[0] + t.translate[0]), r(y1 * t.scale[1] + t.translate[1])];
  return topo;
}

function roundTransform(topo: Topology): Topology {
  // Print the transform with a fixed number of digits, so rebuilds never differ in the 17th digit.
  const t = topo.transform!;
  topo.transform = { scale: t.scale.map((v) => Number(v.toPrecision(12))) as [number, number], translate: t.translate.map((v) => Number(v.toPrecision(12))) as [number, number] };
  return topo;
}

export function emit(sources: Sources): void {
  const china = readJson<ChinaTopology>(FULL_TOPOLOGY);
  const units = readJson<UnitIndexEntry[]>(UNITS);
  const weights = vertexWeights(china as never);
  const layers: LayerRecord[] = [];
  const { provinces, prefectures, counties, extras } = china.objects;

  // National file.
  {
    const { topology: t, report } = simplifyObjects(china as never, weights, { provinces, prefectures } as never, NATIONAL);
    write('china.topo.json', stableStringify(withBbox(roundTransform(t))), layers, {
      objects: { provinces: { level: 'province', features: provinces.geometries.length }, prefectures: { level: 'prefecture', features: prefectures.geometries.length } },
      simplification: { method: METHOD, ...NATIONAL },
      report,
      firstView: true,
    });
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
    write(file, stableStringify(withBbox(roundTransform(t))), layers, {
      objects: { counties: { level: 'county', features: cs.length }, prefectures: { level: 'prefecture', features: ps.length }, province: { level: 'province', features: 1 } },
      simplification: { method: METHOD, ...PROVINCE },
      report,
      firstView: false,
    });
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
    write('south-china-sea.topo.json', stableStringify(withBbox(roundTransform(merged))), layers, {
      objects: { islands: { features: islands.geometries.length }, provinces: { level: 'province', features: coast.length }, neighbours: { features: (extra.objects.neighbours as GeometryCollection).geometries.length }, frame: { features: 1 } },
      simplification: { method: METHOD, ...INSET },
      report,
      firstView: true,
    });
  }

  // Neighbouring countries for context.
  {
    const nb = neighbourCountries(sources, NEIGHBOUR_BBOX);
    const t = topology({ countries: nb } as never, 2e4) as unknown as Topology;
    write('neighbours.topo.json', stableStringify(withBbox(roundTransform(t))), layers, {
      objects: { countries: { features: nb.features.length } },
      simplification: { method: 'none beyond Natural Earth 1:50m; re-quantized', minWeightKm2: 0, minPolygonKm2: 0, quantization: 2e4 },
      firstView: true,
    });
  }

  const unitsJson = `[\n${units.map((u) => JSON.stringify(u)).join(',\n')}\n]\n`;
  writeIfChanged(join(OUT_DIR, 'units.json'), unitsJson);
  writeManifest(sources, layers, unitsJson);
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

function gitDate(): string {
  // The date of the last commit that changed an input of the build: stable across rebuilds.
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs', '--', 'geo', 'data/code-changes.json', 'src/geo', 'src/domain/admin-code.ts'], { cwd: ROOT, encoding: 'utf8' }).trim() || 'uncommitted';
  } catch {
    return 'unknown';
  }
}

function writeManifest(sources: Sources, layers: LayerRecord[], unitsJson: string): void {
  const byLevel = (l: string) => layers.filter((x) => Object.values(x.objects).some((o) => o.level === l));
  const first = layers.filter((l) => l.firstView);
  const manifest = {
    $comment: 'Built by `npm run geo` (geo/build.ts); see geo/README.md. Sizes in bytes; gzip at level 9.',
    build: {
      date: gitDate(),
      inputsSha256: sha256(JSON.stringify(Object.values(sources).map((s) => s.integrity)) + layers.map((l) => l.file).join()),
      dataAsOf: '2023-06-30',
      crs: 'WGS84 longitude/latitude (source GCJ-02 converted, see geo/README.md)',
      winding: 'RFC 7946: shells counter-clockwise, holes clockwise',
    },
    sources: Object.values(sources).map((s) => ({ name: s.name, version: s.version, integrity: s.integrity, license: s.license, npm: `https://registry.npmjs.org/${s.name}/-/${s.name}-${s.version}.tgz` })),
    firstView: {
      files: first.map((l) => l.file),
      bytes: first.reduce((n, l) => n + l.bytes, 0),
      gzipBytes: first.reduce((n, l) => n + l.gzipBytes, 0),
      budgetGzipBytes: 400 * 1024,
    },
    inset: { file: 'south-china-sea.topo.json', bbox: INSET_BBOX, placement: 'lower-right corner of the national view', nineDashLine: 'not included: the source has none' },
    units: { file: 'units.json', entries: unitsJson.split('\n').length - 3, bytes: Buffer.byteLength(unitsJson) },
    levels: {
      province: byLevel('province').length,
      prefecture: byLevel('prefecture').length,
      county: byLevel('county').length,
    },
    layers: layers.map(({ report, ...l }) => ({ ...l, quantizationUsed: report?.quantization, refinedArcs: report?.refinedArcs, droppedPolygons: report?.droppedPolygons, unfoldedRings: report?.detachedRings, conflicts: report?.conflicts })),
  };
  writeIfChanged(join(OUT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`  first view: ${first.map((l) => l.file).join(' + ')} = ${(manifest.firstView.gzipBytes / 1024).toFixed(0)} KB gzipped`);
  for (const l of layers) if (l.report?.conflicts) console.log(`  ${l.file}: ${l.report.conflicts} conflicts left`);
}

