/** A polyline as flat coordinates; arcs of a topology or rings of a polygon. */
export type Line = ReadonlyArray<readonly [number, number] | readonly number[]>;

export interface Conflict {
  a: number;
  segA: number;
  b: number;
  segB: number;
  kind: 'cross' | 'touch' | 'overlap';
  at: [number, number];
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
}

/**
 * Finds every place where lines meet other than where they are allowed to: consecutive segments of one
 * line share a vertex, and different lines may share their end points (topology junctions). Everything
 * else (proper crossings, a vertex lying on another segment, collinear overlaps, a line touching itself)
 * is reported. With integer (quantized) input every test is exact.
 */
export function findConflicts(lines: readonly Line[]): Conflict[] {
  // Flatten segments.
  const ax: number[] = [], ay: number[] = [], bx: number[] = [], by: number[] = [];
  const lineOf: number[] = [], segOf: number[] = [];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, total = 0;
  lines.forEach((line, li) => {
    for (let i = 0; i + 1 < line.length; i++) {
      const p = line[i]!, q = line[i + 1]!;
      if (p[0] === q[0] && p[1] === q[1]) continue;
      ax.push(p[0]!); ay.push(p[1]!); bx.push(q[0]!); by.push(q[1]!);
      lineOf.push(li); segOf.push(i);
      minX = Math.min(minX, p[0]!, q[0]!); maxX = Math.max(maxX, p[0]!, q[0]!);
      minY = Math.min(minY, p[1]!, q[1]!); maxY = Math.max(maxY, p[1]!, q[1]!);
      total += Math.abs(q[0]! - p[0]!) + Math.abs(q[1]! - p[1]!);
    }
  });
  const n = ax.length;
  if (!n) return [];
  const cell = Math.max((total / n) * 2, (maxX - minX) / 4096, (maxY - minY) / 4096, 1e-12);
  const grid = new Map<number, number[]>();
  const cols = Math.floor((maxX - minX) / cell) + 1;
  const cx = (x: number) => Math.floor((x - minX) / cell);
  const cy = (y: number) => Math.floor((y - minY) / cell);
  for (let s = 0; s < n; s++) {
    const x0 = cx(Math.min(ax[s]!, bx[s]!)), x1 = cx(Math.max(ax[s]!, bx[s]!));
    const y0 = cy(Math.min(ay[s]!, by[s]!)), y1 = cy(Math.max(ay[s]!, by[s]!));
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) {
      const k = y * cols + x;
      const list = grid.get(k);
      if (list) list.push(s);
      else grid.set(k, [s]);
    }
  }
  const isEnd = (li: number, x: number, y: number) => {
    const line = lines[li]!;
    const f = line[0]!, l = line[line.length - 1]!;
    return (f[0] === x && f[1] === y) || (l[0] === x && l[1] === y);
  };
  const out: Conflict[] = [];
  for (const [k, list] of grid) {
    const gx = k % cols, gy = Math.floor(k / cols);
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const t = list[j]!;
        // Test each pair once: in the cell holding the low corner of their bounding boxes' overlap.
        const ox = Math.max(Math.min(ax[s]!, bx[s]!), Math.min(ax[t]!, bx[t]!));
        const oy = Math.max(Math.min(ay[s]!, by[s]!), Math.min(ay[t]!, by[t]!));
        const ex = Math.min(Math.max(ax[s]!, bx[s]!), Math.max(ax[t]!, bx[t]!));
        const ey = Math.min(Math.max(ay[s]!, by[s]!), Math.max(ay[t]!, by[t]!));
        if (ox > ex || oy > ey) continue;
        if (cx(ox) !== gx || cy(oy) !== gy) continue;
        const c = classify(s, t);
        if (c) out.push(c);
      }
    }
  }
  return out;

  function classify(s: number, t: number): Conflict | null {
    const [p1x, p1y, p2x, p2y] = [ax[s]!, ay[s]!, bx[s]!, by[s]!];
    const [q1x, q1y, q2x, q2y] = [ax[t]!, ay[t]!, bx[t]!, by[t]!];
    const o1 = orient(p1x, p1y, p2x, p2y, q1x, q1y), o2 = orient(p1x, p1y, p2x, p2y, q2x, q2y);
    const o3 = orient(q1x, q1y, q2x, q2y, p1x, p1y), o4 = orient(q1x, q1y, q2x, q2y, p2x, p2y);
    const base = { a: lineOf[s]!, segA: segOf[s]!, b: lineOf[t]!, segB: segOf[t]! };
    if (o1 * o2 < 0 && o3 * o4 < 0) {
      return { ...base, kind: 'cross', at: [(p1x + p2x + q1x + q2x) / 4, (p1y + p2y + q1y + q2y) / 4] };
    }
    if (o1 === 0 && o2 === 0) {
      // Collinear: overlapping if their projections share more than a point.
      const useX = p1x !== p2x;
      const [a0, a1] = useX ? [Math.min(p1x, p2x), Math.max(p1x, p2x)] : [Math.min(p1y, p2y), Math.max(p1y, p2y)];
      const [b0, b1] = useX ? [Math.min(q1x, q2x), Math.max(q1x, q2x)] : [Math.min(q1y, q2y), Math.max(q1y, q2y)];
      if (Math.min(a1, b1) - Math.max(a0, b0) > 0) return { ...base, kind: 'overlap', at: [p1x, p1y] };
    }
    // Touching: some end point lies on the other segment.
    const touches: [number, number][] = [];
    if (o1 === 0 && onSegment(p1x, p1y, p2x, p2y, q1x, q1y)) touches.push([q1x, q1y]);
    if (o2 === 0 && onSegment(p1x, p1y, p2x, p2y, q2x, q2y)) touches.push([q2x, q2y]);
    if (o3 === 0 && onSegment(q1x, q1y, q2x, q2y, p1x, p1y)) touches.push([p1x, p1y]);
    if (o4 === 0 && onSegment(q1x, q1y, q2x, q2y, p2x, p2y)) touches.push([p2x, p2y]);
    for (const [x, y] of touches) {
      const vertexOfS = (x === p1x && y === p1y) || (x === p2x && y === p2y);
      const vertexOfT = (x === q1x && y === q1y) || (x === q2x && y === q2y);
      if (vertexOfS && vertexOfT) {
        const la = lineOf[s]!, lb = lineOf[t]!;
        if (la === lb) {
          const d = Math.abs(segOf[s]! - segOf[t]!);
          const len = lines[la]!.length - 1;
          if (d === 1) continue;
          // A closed line's first and last segments meet at its start.
          if (d === len - 1 && isEnd(la, x, y)) continue;
        } else if (isEnd(la, x, y) && isEnd(lb, x, y)) continue;
      }
      return { ...base, kind: 'touch', at: [x, y] };
    }
    return null;
  }
}
