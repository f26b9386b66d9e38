import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** Pixels per Web Mercator world at zoom 0, as MapLibre and deck.gl count them. */
const TILE = 512;

const toWorld = (p: Position, scale: number): [number, number] => {
  const y = Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, p[1]!)) * Math.PI) / 360));
  return [((p[0]! + 180) / 360) * scale, (0.5 - y / (2 * Math.PI)) * scale];
};

const toLngLat = (x: number, y: number, scale: number): [number, number] => {
  const lat = (360 / Math.PI) * Math.atan(Math.exp((0.5 - y / scale) * 2 * Math.PI)) - 90;
  return [(x / scale) * 360 - 180, lat];
};

/**
 * The rings of a polygon cut into dashes of `dash[0]` screen pixels with gaps of `dash[1]`, at `zoom`: lines that
 * a plain path layer draws. The pattern runs on around each ring. A `[0, 0]` pattern is a solid outline.
 *
 * Why on the CPU: deck.gl's PathStyleExtension is a second path shader, and in software WebGL compiling it cost
 * ~0.6 s of the first map (npm run bench). Cut here, the outlines share the province lines' shader; they are cut
 * again when the zoom moves on by a step (map/render-layers.ts), so dashes stay about the same length on screen.
 */
export function dashLines(geometry: Polygon | MultiPolygon, dash: readonly [number, number], zoom: number): MultiLineString {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const [on, off] = dash;
  if (!(on > 0 && off > 0)) return { type: 'MultiLineString', coordinates: rings.map((r) => r.slice()) };
  const scale = TILE * 2 ** zoom;
  const period = on + off;
  const out: Position[][] = [];
  for (const ring of rings) {
    // Where in the pattern we are: [0, on) draws, [on, period) is a gap.
    let phase = 0;
    let piece: Position[] | null = null;
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = toWorld(ring[i - 1]!, scale);
      const [x1, y1] = toWorld(ring[i]!, scale);
      const len = Math.hypot(x1 - x0, y1 - y0);
      let t = 0;
      while (t < len) {
        const drawing = phase < on;
        const step = Math.min(len - t, (drawing ? on : period) - phase);
        if (drawing) {
          piece ??= [toLngLat(x0 + ((x1 - x0) * t) / len, y0 + ((y1 - y0) * t) / len, scale)];
          t += step;
          piece.push(toLngLat(x0 + ((x1 - x0) * t) / len, y0 + ((y1 - y0) * t) / len, scale));
        } else {
          t += step;
        }
        phase += step;
        if (phase >= on && piece) {
          out.push(piece);
          piece = null;
        }
        if (phase >= period) phase -= period;
      }
    }
    if (piece && piece.length > 1) out.push(piece);
  }
  return { type: 'MultiLineString', coordinates: out };
}
