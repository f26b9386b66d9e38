import gcoord from 'gcoord';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Rounds to 1e-6° (~0.1 m): far below the source's 1/1024° grid, and keeps shared vertices identical. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * GCJ-02 → WGS84 for one position. gcoord inverts the published GCJ-02 forward formula iteratively to
 * 1e-6°, and is deterministic, so vertices shared by two source polygons stay shared after conversion.
 */
export function gcjToWgs(p: Position): Position {
  const [x, y] = gcoord.transform([p[0]!, p[1]!], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [round6(x), round6(y)];
}

/** Maps every position of a polygon geometry (no cleaning: see rings.ts, which runs before). */
export function mapGeometry(g: Polygon | MultiPolygon, f: (p: Position) => Position): Polygon | MultiPolygon {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(f)) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
}
