import { ScatterplotLayer } from '@deck.gl/layers';
import type { Lang } from '../../i18n/lang.ts';
import { SYMBOL_COLORS, symbolRadius } from '../../state/metrics/symbol-style.ts';

/** A region's symbol: a circle sized by its value, or a ring of fixed size for a value off the scale (another unit). */
export interface MetricSymbol {
  key: string;
  position: [number, number];
  /** Its name on the map, for a label when its unit is not one of the level's. */
  name: Record<Lang, string>;
  /** On the scale of `max`; null: committed in another unit, drawn as a ring. */
  value: number | null;
  /** As a boundary feature's, so picking reads the region's key from it (map/picking.ts). */
  properties: { code: string };
}

export interface MetricSymbolsProps {
  data: MetricSymbol[];
  /** The value drawn at `maxRadius` pixels. */
  max: number;
  maxRadius: number;
}


/**
 * An indicator's committed counts as proportional circles over the fill; a region committing only in another
 * unit (households where the map counts compounds) gets a hollow ring, never a circle on the same scale. Picking
 * a symbol picks its region, as the fill under it would.
 */
export function metricSymbolsLayer(p: MetricSymbolsProps) {
  return new ScatterplotLayer<MetricSymbol>({
    id: 'metric-symbols',
    data: p.data,
    pickable: true,
    stroked: true,
    filled: true,
    getPosition: (d) => d.position,
    getRadius: (d) => symbolRadius(d.value, p.max, p.maxRadius),
    radiusUnits: 'pixels',
    getFillColor: (d) => (d.value === null ? [255, 255, 255, 0] : [...SYMBOL_COLORS.fill]),
    getLineColor: (d) => [...(d.value === null ? SYMBOL_COLORS.ring : SYMBOL_COLORS.line)],
    getLineWidth: (d) => (d.value === null ? 2 : 1),
    lineWidthUnits: 'pixels',
    updateTriggers: { getRadius: [p.max, p.maxRadius] },
  });
}
