import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CompositeProps } from '../../src/domain/boundary.ts';
import { dashLines } from '../../src/map/dash-lines.ts';
import { COMPOSITE_STYLE } from '../../src/map/layers/composite-outline.ts';
import { features } from '../geo/load.ts';

// The composites' outlines as the app draws them: the national file and the detailed one.
const national = features('composites-national.topo.json', 'composites') as unknown as { geometry: Polygon | MultiPolygon; properties: CompositeProps }[];
const detailed = features('composites.topo.json', 'composites') as unknown as { geometry: Polygon | MultiPolygon; properties: CompositeProps }[];
const byId = (fs: typeof national, id: string) => fs.find((f) => f.properties.id === id)!.geometry;

/** Web Mercator pixels at `zoom` (512-pixel world), written out here rather than taken from the module under test. */
function px([lng, lat]: Position, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const s = Math.sin((lat! * Math.PI) / 180);
  return [((lng! + 180) / 360) * size, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size];
}
const lengthPx = (line: Position[], zoom: number) => {
  let sum = 0;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [px(line[i - 1]!, zoom), px(line[i]!, zoom)];
    sum += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return sum;
};
const ringsOf = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
/** Distance in pixels from a point to the nearest segment of a ring. */
function offRing(p: Position, ring: Position[], zoom: number): number {
  const [x, y] = px(p, zoom);
  let best = Infinity;
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = px(ring[i - 1]!, zoom);
    const [bx, by] = px(ring[i]!, zoom);
    const l2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = l2 ? Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / l2)) : 0;
    best = Math.min(best, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
  }
  return best;
}

describe('dashLines on the shipped composite outlines', () => {
  it('keeps a solid kind (a city cluster) as its rings, unchanged', () => {
    const g = byId(national, 'guanzhong-plain-cluster');
    expect(COMPOSITE_STYLE.cluster.dash).toEqual([0, 0]);
    expect(dashLines(g, COMPOSITE_STYLE.cluster.dash, 4).coordinates).toEqual(ringsOf(g));
  });

  for (const [file, fs, id, zoom] of [
    ['composites-national', national, 'xian-metro', 3.5],
    ['composites-national', national, 'ningbo-metro', 3.5],
    ['composites', detailed, 'xian-metro', 7],
    ['composites', detailed, 'yongzhou-integration-zone', 8],
  ] as const) {
    it(`cuts ${id} (${file}) at zoom ${zoom} into dashes of the kind's length, on the outline, covering its share`, () => {
      const g = byId(fs, id);
      const kind = fs.find((f) => f.properties.id === id)!.properties.kind as keyof typeof COMPOSITE_STYLE;
      const [on, off] = COMPOSITE_STYLE[kind].dash;
      expect(on).toBeGreaterThan(0);
      const dashes = dashLines(g, [on, off], zoom).coordinates;
      const rings = ringsOf(g);
      const total = rings.reduce((s, r) => s + lengthPx(r, zoom), 0);
      expect(dashes.length).toBeGreaterThan(total / (on + off) / 2);
      const drawn = dashes.map((d) => lengthPx(d, zoom));
      // No dash longer than the pattern says (rounding in the projection: a thousandth of a pixel).
      expect(Math.max(...drawn)).toBeLessThanOrEqual(on + 1e-3);
      // The pattern runs on around each ring: the ink is on/(on+off) of the outline, give or take a dash per ring.
      const ink = drawn.reduce((s, x) => s + x, 0);
      expect(Math.abs(ink - (total * on) / (on + off))).toBeLessThanOrEqual(on * rings.length + 1e-6);
      // Every dash lies on the outline: a sample of its points, each within a hundredth of a pixel of some ring.
      for (const d of dashes.filter((_, i) => i % 7 === 0)) {
        for (const p of [d[0]!, d[d.length - 1]!]) expect(Math.min(...rings.map((r) => offRing(p, r, zoom)))).toBeLessThan(0.01);
      }
    });
  }

  it('keeps dashes the same length on screen when zoomed in: twice as many a zoom level further in', () => {
    const g = byId(detailed, 'xian-metro');
    const a = dashLines(g, COMPOSITE_STYLE.metro.dash, 7).coordinates.length;
    const b = dashLines(g, COMPOSITE_STYLE.metro.dash, 8).coordinates.length;
    expect(b / a).toBeGreaterThan(1.8);
    expect(b / a).toBeLessThan(2.2);
  });
});
