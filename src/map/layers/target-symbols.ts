import { ScatterplotLayer } from '@deck.gl/layers';

export interface TargetSymbol {
  code: string;
  position: [number, number];
  /** Quantitative targets set for the region under the current filters. */
  targets: number;
}

/** Proportional circles: area ∝ the number of quantitative targets a region is set. */
export function targetSymbolsLayer(p: { data: TargetSymbol[]; maxTargets: number }) {
  const scale = 22 / Math.sqrt(Math.max(1, p.maxTargets));
  return new ScatterplotLayer<TargetSymbol>({
    id: 'target-symbols',
    data: p.data,
    pickable: false,
    stroked: true,
    filled: true,
    getPosition: (d) => d.position,
    getRadius: (d) => Math.max(3, Math.sqrt(d.targets) * scale),
    radiusUnits: 'pixels',
    getFillColor: [217, 72, 15, 110],
    getLineColor: [160, 50, 10, 220],
    getLineWidth: 1,
    lineWidthUnits: 'pixels',
  });
}
