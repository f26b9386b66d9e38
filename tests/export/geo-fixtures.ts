import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { NationalBoundaries, ProvinceBoundaries } from '../../src/io/boundaries.ts';

/** The built boundary files the app serves (public/geo), read from disk and decoded as src/io/boundaries.ts does. */
const GEO = join(import.meta.dirname, '..', '..', 'public', 'geo');

const topo = (file: string) => JSON.parse(readFileSync(join(GEO, file), 'utf8')) as Topology;
function objectOf<G extends Geometry, P>(t: Topology, name: string): FeatureCollection<G, P> {
  return feature(t, t.objects[name] as GeometryCollection) as unknown as FeatureCollection<G, P>;
}

export function shippedNational(): NationalBoundaries {
  const china = topo('china.topo.json');
  const scs = topo('south-china-sea.topo.json');
  const bbox = (scs.objects.frame as { properties?: { bbox?: [number, number, number, number] } }).properties!.bbox!;
  return {
    provinces: objectOf(china, 'provinces'),
    prefectures: objectOf(china, 'prefectures'),
    neighbours: { type: 'FeatureCollection', features: [] },
    inset: { islands: objectOf(scs, 'islands'), provinces: objectOf(scs, 'provinces'), neighbours: objectOf(scs, 'neighbours'), bbox },
  };
}

export function shippedProvince(code: string): ProvinceBoundaries {
  const t = topo(join('counties', `${code}.topo.json`));
  return { counties: objectOf(t, 'counties'), prefectures: objectOf(t, 'prefectures'), province: objectOf(t, 'province') };
}
