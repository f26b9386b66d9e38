import type { MultiPolygon, Polygon, Position } from 'geojson';

export const XISHA = '460321';
export const NANSHA = '460322';
export const ZHONGSHA = '460323';

/**
 * The source draws 三沙市 as one multipolygon of islands and reef outlines; the 2023 list has three
 * county-level units. Each polygon goes to a group by where it lies (its mean vertex): south of 12°N is
 * 南沙群岛 (Spratlys, down to 曾母暗沙); east of 113.5°E is 中沙群岛 (Macclesfield Bank, 黄岩岛);
 * the rest is 西沙群岛 (Paracels).
 */
export function sanshaGroup(ring: Position[]): string {
  const x = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
  const y = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
  if (y < 12) return NANSHA;
  if (x >= 113.5) return ZHONGSHA;
  return XISHA;
}

export function splitSansha(g: Polygon | MultiPolygon): Map<string, MultiPolygon> {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out = new Map<string, MultiPolygon>();
  for (const p of polys) {
    const code = sanshaGroup(p[0]!);
    const mp = out.get(code) ?? { type: 'MultiPolygon', coordinates: [] };
    mp.coordinates.push(p);
    out.set(code, mp);
  }
  return out;
}
