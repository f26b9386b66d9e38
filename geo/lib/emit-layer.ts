import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { SimplifyReport, SimplifySettings } from './simplify.ts';
import { ROOT, writeIfChanged } from './step.ts';

export const OUT_DIR = join(ROOT, 'public', 'geo');

export const METHOD = 'Visvalingam on spherical triangle area (topojson-simplify), per-arc refinement until no crossing, touching or empty ring is left on the quantized grid';

/** What the manifest says about one file of public/geo. */
export interface LayerRecord {
  file: string;
  objects: Record<string, { level?: string; features: number }>;
  bytes: number;
  gzipBytes: number;
  simplification: SimplifySettings & { method: string };
  report?: SimplifyReport;
  /** Loaded by the national view when the app starts. */
  firstView: boolean;
  /** Positions in the file (every arc's points, shared borders once). */
  vertices: number;
}

/** Writes one TopoJSON file of public/geo and returns its manifest record. */
export function writeLayer(file: string, topo: Topology, rec: Omit<LayerRecord, 'file' | 'bytes' | 'gzipBytes' | 'vertices'>): LayerRecord {
  const content = serialize(topo);
  writeIfChanged(join(OUT_DIR, file), content);
  const vertices = (topo.arcs as unknown[][]).reduce((n, a) => n + a.length, 0);
  return { file, bytes: Buffer.byteLength(content), gzipBytes: gzipSync(content, { level: 9 }).length, vertices, ...rec };
}

export function stableStringify(topo: Topology): string {
  // Fixed key order and no float noise: identical inputs give byte-identical files.
  return JSON.stringify({ type: topo.type, bbox: topo.bbox, transform: topo.transform, objects: topo.objects, arcs: topo.arcs });
}

export function collection(geometries: GeometryObject[]): GeometryCollection {
  return { type: 'GeometryCollection', geometries };
}

export function withBbox(topo: Topology): Topology {
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

export function roundTransform(topo: Topology): Topology {
  // Print the transform with a fixed number of digits, so rebuilds never differ in the 17th digit.
  const t = topo.transform!;
  topo.transform = { scale: t.scale.map((v) => Number(v.toPrecision(12))) as [number, number], translate: t.translate.map((v) => Number(v.toPrecision(12))) as [number, number] };
  return topo;
}

/** The file's text: fixed key order, rounded transform, bbox. */
export function serialize(topo: Topology): string {
  return stableStringify(withBbox(roundTransform(topo)));
}
