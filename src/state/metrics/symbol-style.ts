/** How a metric's proportional symbols look, shared by the map's layer, the legend and the PNG export. */

const RING_RADIUS = 6;
const MIN_RADIUS = 3;

/** A symbol's radius in pixels: area ∝ value, at least 3 px so a small one stays visible; a ring (null) is fixed. */
export function symbolRadius(value: number | null, max: number, maxRadius: number): number {
  if (value === null) return RING_RADIUS;
  return max > 0 ? Math.max(MIN_RADIUS, Math.sqrt(value / max) * maxRadius) : MIN_RADIUS;
}

/** RGBA (0–255) of a circle's fill and outline, and of a ring (a value off the circles' scale). */
export const SYMBOL_COLORS = {
  fill: [217, 72, 15, 150],
  line: [140, 45, 5, 230],
  ring: [117, 54, 173, 255],
} as const satisfies Record<string, readonly [number, number, number, number]>;

/** A colour of SYMBOL_COLORS as CSS. */
export function cssColor([r, g, b, a]: readonly [number, number, number, number]): string {
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 100) / 100})`;
}
