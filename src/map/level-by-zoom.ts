import { provinceOf } from '../domain/admin-code.ts';
import type { MapLevel } from '../view/schema.ts';

/** Zoom at which the map steps down a level, and (lower, for hysteresis) back up. */
export const ZOOM_IN: Record<MapLevel, number | null> = { country: 5.6, province: 7.6, prefecture: null };
export const ZOOM_OUT: Record<MapLevel, number | null> = { country: null, province: 4.9, prefecture: 6.9 };

/**
 * The level a zoom gesture leads to: stepping down into the unit under the map's centre when zoomed in past the
 * threshold, back up when zoomed out below the lower one. Null: stay.
 */
export function levelAfterZoom(
  level: MapLevel,
  focus: string | null,
  zoom: number,
  unitAtCentre: (level: MapLevel) => string | null,
): { level: MapLevel; focus: string | null } | null {
  const down = ZOOM_IN[level];
  const up = ZOOM_OUT[level];
  if (down !== null && zoom >= down) {
    const unit = unitAtCentre(level);
    if (!unit) return null;
    return level === 'country' ? { level: 'province', focus: unit } : { level: 'prefecture', focus: unit };
  }
  if (up !== null && zoom < up) {
    if (level === 'prefecture' && focus) return { level: 'province', focus: provinceOf(focus) };
    return { level: 'country', focus: null };
  }
  return null;
}
