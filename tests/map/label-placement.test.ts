import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBox } from '../../src/map/label-placement.ts';
import { mapLabel } from '../../src/map/map-label.ts';
import type { BoundaryProps } from '../../src/domain/boundary.ts';
import { features } from '../geo/load.ts';

// The national view's labels as the app lays them out: the provinces' label points in Web Mercator at a national
// zoom, names at 14 px (the box a little wider than the glyphs), larger provinces first.
const VIEW = { width: 1030, height: 759 };
function boxesAt(zoom: number, centre: [number, number]): LabelBox[] {
  const size = 512 * 2 ** zoom;
  const merc = ([lng, lat]: [number, number]) => {
    const s = Math.sin((lat * Math.PI) / 180);
    return [((lng + 180) / 360) * size, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size] as const;
  };
  const [cx, cy] = merc(centre);
  return features('china.topo.json', 'provinces').map((f) => {
    const p = f.properties as unknown as BoundaryProps & { area_km2?: number };
    const [x, y] = merc(p.label);
    const text = mapLabel(p, 'zh');
    return { key: p.code, x: x - cx + VIEW.width / 2, y: y - cy + VIEW.height / 2, w: [...text].length * 14 + 4, h: 17, priority: Math.round(Math.log10(1 + (p.area_km2 ?? 1)) * 100) };
  });
}
const overlap = (a: LabelBox, b: LabelBox, pad: number) => Math.abs(a.x - b.x) * 2 < a.w + b.w + 4 * pad && Math.abs(a.y - b.y) * 2 < a.h + b.h + 4 * pad;

describe('placeLabels on the provinces of the national view', () => {
  for (const zoom of [2.6, 3.3, 4.5]) {
    it(`at zoom ${zoom}: shown names never overlap, and each hidden one gave way to a larger neighbour`, () => {
      const boxes = boxesAt(zoom, [104, 36]);
      const shown = placeLabels(boxes, VIEW);
      const kept = boxes.filter((b) => shown.has(b.key));
      expect(kept.length).toBeGreaterThan(5);
      for (const [i, a] of kept.entries()) for (const b of kept.slice(i + 1)) expect(overlap(a, b, 2), `${a.key}/${b.key}`).toBe(false);
      for (const b of boxes.filter((x) => !shown.has(x.key))) {
        const inView = b.x >= 0 && b.x <= VIEW.width && b.y >= 0 && b.y <= VIEW.height;
        if (inView) expect(kept.some((k) => overlap(k, b, 2) && k.priority >= b.priority), b.key).toBe(true);
      }
      // The largest province always has its name; the answer does not depend on the input's order.
      const largest = [...boxes].sort((a, b) => b.priority - a.priority)[0]!;
      if (largest.x >= 0 && largest.x <= VIEW.width) expect(shown.has(largest.key)).toBe(true);
      expect([...placeLabels([...boxes].reverse(), VIEW)].sort()).toEqual([...shown].sort());
    });
  }

  it('crowds out more names as the map zooms out, and shows none whose anchor is off the map', () => {
    const inView = (bs: LabelBox[]) => bs.filter((b) => b.x >= 0 && b.x <= VIEW.width && b.y >= 0 && b.y <= VIEW.height).length;
    const [far, mid] = [boxesAt(2.6, [104, 36]), boxesAt(3.1, [104, 36])];
    // Every anchor is in view at both zooms: only crowding hides names.
    expect(inView(far)).toBe(far.length);
    expect(inView(mid)).toBe(mid.length);
    expect(placeLabels(far, VIEW).size).toBeLessThan(placeLabels(mid, VIEW).size);
    // Zoomed in on 陕西, the far provinces fall outside and are not shown however much room there is.
    const shownIn = placeLabels(boxesAt(6, [108.9, 34.3]), VIEW);
    expect(shownIn.has('610000')).toBe(true);
    expect(shownIn.has('650000')).toBe(false);
  });
});
