import booleanValid from '@turf/boolean-valid';
import kinks from '@turf/kinks';
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../geo/lib/intersections.ts';
import { allFiles, arcsOf, decodeArcs, features, polygonsOf, topo } from './load.ts';

const POLYGON_OBJECTS = (file: string) =>
  Object.entries(topo(file).objects)
    .filter(([, o]) => o.type === 'GeometryCollection')
    .map(([name]) => name);

/**
 * Validity after simplification, in OGC Simple Features terms: every ring closed, at least four
 * positions, and simple (it neither crosses nor touches itself: @turf/kinks per ring, and the ring and
 * spike checks of @turf/boolean-valid per polygon); no two segments anywhere in a file cross (exact, on
 * the integer grid), so no ring crosses another ring of its unit or a neighbour's.
 *
 * Not asserted: @turf/boolean-valid on a whole MultiPolygon. It flags any contact between two parts of
 * one MultiPolygon, even a shared vertex, which OGC allows (a county's islands that touch its
 * mainland at a point). Parts are checked one by one instead; contact between parts is limited to
 * touching by the exact crossing check.
 *
 * neighbours.topo.json (Natural Earth context, drawn under China) is not checked: its lines differ
 * from the Chinese source along the border and it is not ours to repair.
 */
/** Objects drawn from the Chinese source (neighbours and the inset frame come from Natural Earth). */
const chinaArcs = (file: string) => {
  const t = topo(file);
  const used = new Set(
    Object.entries(t.objects)
      .filter(([name]) => name !== 'neighbours' && name !== 'frame' && name !== 'countries')
      .flatMap(([, o]) => (o.type === 'GeometryCollection' ? o.geometries.flatMap(arcsOf) : arcsOf(o))),
  );
  return decodeArcs(t).filter((_, i) => used.has(i));
};

describe.each(allFiles().filter((f) => f !== 'neighbours.topo.json'))('%s', (file) => {
  it('has no crossing segments on its quantized grid', () => {
    const crossings = findConflicts(chinaArcs(file)).filter((c) => c.kind === 'cross');
    expect(crossings).toEqual([]);
  });

  it(
    'has only simple, closed, valid polygon parts',
    () => {
      const problems: string[] = [];
      for (const object of POLYGON_OBJECTS(file)) {
        if (object === 'neighbours') continue;
        for (const f of features(file, object)) {
          for (const polygon of polygonsOf(f)) {
            for (const ring of polygon) {
              const first = ring[0]!, last = ring[ring.length - 1]!;
              if (ring.length < 4 || first[0] !== last[0] || first[1] !== last[1]) problems.push(`${object} ${f.id}: open or short ring`);
              const k = kinks({ type: 'LineString', coordinates: ring }).features.length;
              if (k) problems.push(`${object} ${f.id}: ring crosses or touches itself ${k}×`);
            }
            if (!booleanValid({ type: 'Polygon', coordinates: polygon })) problems.push(`${object} ${f.id}: invalid polygon`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
    180_000,
  );
});
