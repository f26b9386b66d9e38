import { GeoJsonLayer } from '@deck.gl/layers';
import type { Color } from '@deck.gl/core';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import type { CompositeKind } from '../../domain/region.ts';
import type { CompositeCollection, CompositeProps } from '../../domain/boundary.ts';
import { dashLines } from '../dash-lines.ts';

/** How each kind of composite is drawn: colour and dash, so a metro circle is told apart from a cluster. */
export const COMPOSITE_STYLE: Record<CompositeKind, { color: Color; dash: [number, number]; width: number }> = {
  cluster: { color: [117, 54, 173, 230], dash: [0, 0], width: 2.5 },
  metro: { color: [214, 96, 0, 240], dash: [6, 3], width: 2.5 },
  zone: { color: [0, 121, 107, 240], dash: [2, 2], width: 2 },
  pilot: { color: [183, 28, 28, 230], dash: [8, 3], width: 2 },
  group: { color: [60, 60, 60, 220], dash: [1, 3], width: 2 },
  region: { color: [90, 90, 160, 200], dash: [12, 4], width: 1.5 },
};

const styleOf = (kind: string) => COMPOSITE_STYLE[kind as CompositeKind] ?? COMPOSITE_STYLE.region;

export type DashedCollection = FeatureCollection<MultiLineString, CompositeProps>;

/** The composites' outlines as dashed lines for `zoom` (see dash-lines.ts for why the dashes are cut here). */
export function dashedOutlines(composites: CompositeCollection, zoom: number): DashedCollection {
  return {
    type: 'FeatureCollection',
    features: composites.features.map(
      (f): Feature<MultiLineString, CompositeProps> => ({ type: 'Feature', properties: f.properties, geometry: dashLines(f.geometry, styleOf(f.properties.kind).dash, zoom) }),
    ),
  };
}

export interface CompositeOutlineProps {
  data: DashedCollection;
  selected: string | null;
}

/** Outlines of the composites drawn at this level, dashed by kind; the selected one heavier. */
export function compositeOutlineLayer(p: CompositeOutlineProps) {
  return new GeoJsonLayer<CompositeProps>({
    id: 'composite-outline',
    data: p.data,
    // Only the outline picks: a click inside a composite is a click on the unit under it (洋县, not 陕南). The
    // composite itself is picked on its line, or found with the search box.
    pickable: true,
    getLineColor: (f) => styleOf(f.properties.kind).color,
    getLineWidth: (f) => styleOf(f.properties.kind).width * (f.properties.id === p.selected ? 2 : 1),
    lineWidthUnits: 'pixels',
    updateTriggers: { getLineWidth: [p.selected] },
  });
}
