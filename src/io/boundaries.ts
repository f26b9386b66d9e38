import type { FeatureCollection, Geometry } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CompositeCollection, BoundaryCollection } from '../domain/boundary.ts';
import { fetchJson } from './fetch-json.ts';

/** public/geo, relative to the page, so the app also runs from a sub-path or inside an iframe host. */
const GEO = `${import.meta.env.BASE_URL}geo/`;

export interface NationalBoundaries {
  /** China as one outline, merged from the provinces' shared arcs: what the base map fills as land. */
  land: FeatureCollection;
  provinces: BoundaryCollection;
  prefectures: BoundaryCollection;
  neighbours: FeatureCollection;
  inset: {
    islands: FeatureCollection;
    provinces: BoundaryCollection;
    neighbours: FeatureCollection;
    bbox: [number, number, number, number];
  };
}

export interface ProvinceBoundaries {
  counties: BoundaryCollection;
  prefectures: BoundaryCollection;
  province: BoundaryCollection;
}

const cache = new Map<string, Promise<unknown>>();
/** Every region feature loaded so far, by code: finer (county-file) geometry replaces coarser. */
const loadedFeatures = new Map<string, BoundaryCollection['features'][number]>();
const remember = (fc: BoundaryCollection) => {
  for (const f of fc.features) loadedFeatures.set(f.properties.code, f);
  return fc;
};

/** The outline of a region whose boundaries are loaded (the map loads those of its current view), else null. */
export function loadedGeometry(code: string): Geometry | null {
  return loadedFeatures.get(code)?.geometry ?? null;
}
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

function objectOf<G extends Geometry, P>(topo: Topology, name: string): FeatureCollection<G, P> {
  const o = topo.objects[name];
  if (!o) throw new Error(`boundary file has no object "${name}"`);
  return feature(topo, o as GeometryCollection) as unknown as FeatureCollection<G, P>;
}

/** Decodes the national files (china, neighbours, South China Sea) into what the national view draws. */
export function decodeNational(china: Topology, neighbours: Topology, scs: Topology): NationalBoundaries {
  const frame = (scs.objects.frame as { properties?: { bbox?: [number, number, number, number] } } | undefined)?.properties?.bbox;
  const provincesObject = china.objects.provinces as GeometryCollection;
  return {
    land: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: merge(china, provincesObject.geometries as never) }] },
    provinces: objectOf(china, 'provinces'),
    prefectures: objectOf(china, 'prefectures'),
    neighbours: objectOf(neighbours, 'countries'),
    inset: {
      islands: objectOf(scs, 'islands'),
      provinces: objectOf(scs, 'provinces'),
      neighbours: objectOf(scs, 'neighbours'),
      bbox: frame ?? [106.5, 2.8, 123, 23.6],
    },
  };
}

/** Decodes one province's county file. */
export function decodeProvince(topo: Topology): ProvinceBoundaries {
  return { counties: objectOf(topo, 'counties'), prefectures: objectOf(topo, 'prefectures'), province: objectOf(topo, 'province') };
}

/** Decodes a composites file (composites.topo.json, composites-national.topo.json). */
export function decodeComposites(topo: Topology): CompositeCollection {
  return objectOf(topo, 'composites');
}

/** What the national view needs: provinces, prefectures, neighbours and the South China Sea inset. */
export function loadNational(): Promise<NationalBoundaries> {
  return once('national', async () => {
    const [china, neighbours, scs] = await Promise.all(NATIONAL_FILES.map((f) => fetchJson<Topology>(`${GEO}${f}`)));
    const national = decodeNational(china!, neighbours!, scs!);
    remember(national.provinces);
    remember(national.prefectures);
    return national;
  });
}

/** Counties of one province (with its prefectures and outline at the same detail), loaded on demand. */
export function loadProvince(code: string): Promise<ProvinceBoundaries> {
  if (!/^\d{2}0000$/.test(code)) return Promise.reject(new Error(`not a province code: ${code}`));
  return once(`province:${code}`, async () => {
    const p = decodeProvince(await fetchJson<Topology>(`${GEO}${countyFile(code)}`));
    remember(p.counties);
    remember(p.prefectures);
    return p;
  });
}

/**
 * Composite regions dissolved from their members: at the national file's detail for the national view, or at the
 * county files' for a province or prefecture.
 */
export function loadComposites(detail: 'national' | 'full'): Promise<CompositeCollection> {
  return once(`composites:${detail}`, async () => decodeComposites(await fetchJson<Topology>(`${GEO}${compositesFile(detail)}`)));
}

/** The files behind each load, as the page names them when one fails. */
export const NATIONAL_FILES = ['china.topo.json', 'neighbours.topo.json', 'south-china-sea.topo.json'] as const;
export const countyFile = (province: string) => `counties/${province}.topo.json`;
export const compositesFile = (detail: 'national' | 'full') => (detail === 'national' ? 'composites-national.topo.json' : 'composites.topo.json');
