import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BoundaryProps } from '../../src/domain/boundary.ts';

export const GEO_DIR = resolve(import.meta.dirname, '..', '..', 'public', 'geo');
export const ROOT = resolve(import.meta.dirname, '..', '..');

export type BoundaryFeature = Feature<Polygon | MultiPolygon, BoundaryProps>;

const cache = new Map<string, Topology>();

/** A built TopoJSON file under public/geo, parsed once per test file. */
export function topo(file: string): Topology {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(join(GEO_DIR, file), 'utf8')) as Topology);
  return cache.get(file)!;
}

export function features(file: string, object: string): BoundaryFeature[] {
  const t = topo(file);
  return (feature(t as never, t.objects[object] as never) as unknown as { features: BoundaryFeature[] }).features;
}

export function collection(file: string, object: string): GeometryCollection<BoundaryProps> {
  return topo(file).objects[object] as GeometryCollection<BoundaryProps>;
}

/** Every file with county data, by province code. */
export function countyFiles(): string[] {
  return readdirSync(join(GEO_DIR, 'counties'))
    .filter((f) => f.endsWith('.topo.json'))
    .sort()
    .map((f) => `counties/${f}`);
}

/** All TopoJSON files of the build. */
export function allFiles(): string[] {
  return ['china.topo.json', 'south-china-sea.topo.json', 'neighbours.topo.json', 'composites.topo.json', 'composites-national.topo.json', ...countyFiles()];
}

export function polygonsOf(f: { geometry: Polygon | MultiPolygon }): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** Ray-casting point-in-polygon over a feature's polygons, holes included. */
export function contains(f: { geometry: Polygon | MultiPolygon }, [x, y]: [number, number]): boolean {
  return polygonsOf(f).some((p) => {
    let inside = false;
    for (const ring of p) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i]!, b = ring[j]!;
        if (a[1]! > y !== b[1]! > y && x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!) inside = !inside;
      }
    }
    return inside;
  });
}

/** Absolute integer coordinates of a quantized topology's arcs. */
export function decodeArcs(t: Topology): [number, number][][] {
  return (t.arcs as number[][][]).map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => [(x += dx!), (y += dy!)] as [number, number]);
  });
}

export function arcsOf(g: { type: string | null; arcs?: unknown }): number[] {
  const polys = g.type === 'Polygon' ? [g.arcs as number[][]] : g.type === 'MultiPolygon' ? (g.arcs as number[][][]) : [];
  return polys.flat(2).map((a) => (a < 0 ? ~a : a));
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
}
