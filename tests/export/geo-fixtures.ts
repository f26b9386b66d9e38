import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { CompositeCollection } from '../../src/domain/boundary.ts';
import { decodeComposites, decodeNational, decodeProvince, type NationalBoundaries, type ProvinceBoundaries } from '../../src/io/boundaries.ts';

/** The built boundary files the app serves (public/geo), read from disk and decoded as the app decodes them. */
const GEO = join(import.meta.dirname, '..', '..', 'public', 'geo');
const topo = (file: string) => JSON.parse(readFileSync(join(GEO, file), 'utf8')) as Topology;

export function shippedNational(): NationalBoundaries {
  return decodeNational(topo('china.topo.json'), topo('neighbours.topo.json'), topo('south-china-sea.topo.json'));
}

export function shippedProvince(code: string): ProvinceBoundaries {
  return decodeProvince(topo(join('counties', `${code}.topo.json`)));
}

export function shippedComposites(detail: 'national' | 'full'): CompositeCollection {
  return decodeComposites(topo(detail === 'national' ? 'composites-national.topo.json' : 'composites.topo.json'));
}
