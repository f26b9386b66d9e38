/** A label's box on screen, in CSS pixels, centred on its anchor. */
export interface LabelBox {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Higher wins a collision (map/render-layers.ts: larger regions). */
  priority: number;
}

/**
 * Which labels to show: in order of priority (then key, so ties settle the same way on every frame), each label
 * whose anchor is in view and whose box, padded by `pad` on every side, overlaps no label already shown.
 */
export function placeLabels(boxes: readonly LabelBox[], view: { width: number; height: number }, pad = 2): Set<string> {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shown: LabelBox[] = [];
  for (const b of order) {
    if (!(b.x >= 0 && b.x <= view.width && b.y >= 0 && b.y <= view.height)) continue;
    const clear = shown.every((s) => Math.abs(s.x - b.x) * 2 >= s.w + b.w + 4 * pad || Math.abs(s.y - b.y) * 2 >= s.h + b.h + 4 * pad);
    if (clear) shown.push(b);
  }
  return new Set(shown.map((b) => b.key));
}
