const RING_RADIUS = 6;
const MIN_RADIUS = 3;

/** A symbol's radius in pixels: area ∝ value, at least 3 px so a small one stays visible; a ring (null) is fixed. */
export function symbolRadius(value: number | null, max: number, maxRadius: number): number {
  if (value === null) return RING_RADIUS;
  return max > 0 ? Math.max(MIN_RADIUS, Math.sqrt(value / max) * maxRadius) : MIN_RADIUS;
}
