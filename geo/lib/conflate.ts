import type { MultiPolygon, Polygon, Position } from 'geojson';
import { removeSpikes } from './rings.ts';

type Geom = Polygon | MultiPolygon;
const key = (p: Position) => `${p[0]},${p[1]}`;

function ringsOf(g: Geom): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** Metres between two lng/lat points, equirectangular: plenty at the scale of a border mismatch. */
export function metres(a: Position, b: Position): number {
  const k = Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180);
  return Math.hypot((b[0]! - a[0]!) * k, b[1]! - a[1]!) * 111_320;
}

/** Undirected edge counts over a set of rings: edges used once are on the outline of their union. */
function edgeCounts(rings: Position[][]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rings) {
    for (let i = 0; i + 1 < r.length; i++) {
      const a = key(r[i]!), b = key(r[i + 1]!);
      const k = a < b ? `${a}|${b}` : `${b}|${a}`;
      m.set(k, (m.get(k) ?? 0) + 1);
    }
  }
  return m;
}

function edgeKey(a: Position, b: Position): string {
  const ka = key(a), kb = key(b);
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
}

/** A binary min-heap of (priority, value) pairs, for Dijkstra. */
class MinHeap<T> {
  private items: [number, T][] = [];
  push(priority: number, value: T): void {
    const a = this.items;
    a.push([priority, value]);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (a[parent]![0] <= a[i]![0]) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }
  pop(): [number, T] | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l]![0] < a[m]![0]) m = l;
        if (r < a.length && a[r]![0] < a[m]![0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** The outline of the reference near the group: vertices and edges, for snapping and path finding. */
class Outline {
  private grid = new Map<string, Position[]>();
  private adj = new Map<string, Position[]>();
  constructor(rings: Position[][], private cell: number) {
    const counts = edgeCounts(rings);
    const seen = new Set<string>();
    for (const r of rings) {
      for (let i = 0; i + 1 < r.length; i++) {
        const a = r[i]!, b = r[i + 1]!;
        if (counts.get(edgeKey(a, b)) !== 1) continue;
        for (const [p, q] of [[a, b], [b, a]] as const) {
          const list = this.adj.get(key(p)) ?? [];
          list.push(q);
          this.adj.set(key(p), list);
          if (!seen.has(key(p))) {
            seen.add(key(p));
            const g = this.cellKey(p);
            this.grid.set(g, [...(this.grid.get(g) ?? []), p]);
          }
        }
      }
    }
  }
  private cellKey(p: Position) {
    return `${Math.floor(p[0]! / this.cell)},${Math.floor(p[1]! / this.cell)}`;
  }
  nearest(p: Position, maxMetres: number): Position | null {
    const cx = Math.floor(p[0]! / this.cell), cy = Math.floor(p[1]! / this.cell);
    let best: Position | null = null, bestD = maxMetres;
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
      for (const q of this.grid.get(`${cx + dx},${cy + dy}`) ?? []) {
        const d = metres(p, q);
        if (d <= bestD) {
          bestD = d;
          best = q;
        }
      }
    }
    return best;
  }
  /** Shortest path along the outline from a to b (both outline vertices), or null if longer than `limit` m. */
  path(a: Position, b: Position, limit: number): Position[] | null {
    if (key(a) === key(b)) return [a];
    const dist = new Map<string, number>([[key(a), 0]]);
    const prev = new Map<string, Position>();
    const heap = new MinHeap<Position>();
    heap.push(0, a);
    for (let top = heap.pop(); top; top = heap.pop()) {
      const [d, p] = top;
      if (d > (dist.get(key(p)) ?? Infinity)) continue;
      if (key(p) === key(b)) break;
      for (const q of this.adj.get(key(p)) ?? []) {
        const nd = d + metres(p, q);
        if (nd > limit || nd >= (dist.get(key(q)) ?? Infinity)) continue;
        dist.set(key(q), nd);
        prev.set(key(q), p);
        heap.push(nd, q);
      }
    }
    if (!dist.has(key(b))) return null;
    const out: Position[] = [b];
    for (let p = b; key(p) !== key(a); ) {
      p = prev.get(key(p))!;
      out.push(p);
    }
    return out.reverse();
  }
}

export interface ConflateResult {
  geometries: Geom[];
  snapped: number;
  inserted: number;
}

/**
 * Makes a group of polygons from another lineage of the source (the municipality files, 沧州) follow
 * the outline of the reference polygons around them, so that their shared borders become identical
 * vertex sequences and the topology shares them: every vertex on the group's own outline that lies
 * within `tolerance` metres of the reference outline moves to the nearest reference vertex, and between
 * two moved vertices the reference outline's vertices are put in. The group's inner borders keep their
 * shape; their ends move with the outline.
 */
export function conflate(
  group: Geom[],
  reference: Geom[],
  tolerance: number,
  /** Only move vertices within `tolerance` of one of these points (a local repair). */
  near?: readonly Position[],
): ConflateResult {
  const groupRings = group.flatMap(ringsOf);
  const own = edgeCounts(groupRings);
  const cell = (tolerance / 111_320) * 1.5;
  const outline = new Outline(reference.flatMap(ringsOf), cell);
  const snapCache = new Map<string, Position | null>();
  let snapped = 0, inserted = 0;
  const nearGrid = new Set((near ?? []).map((p) => `${Math.floor(p[0]! / cell)},${Math.floor(p[1]! / cell)}`));
  const isNear = (p: Position) => {
    if (!near) return true;
    const cx = Math.floor(p[0]! / cell), cy = Math.floor(p[1]! / cell);
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) if (nearGrid.has(`${cx + dx},${cy + dy}`)) return true;
    return false;
  };
  const snap = (p: Position): Position | null => {
    if (!isNear(p)) return null;
    const k = key(p);
    if (!snapCache.has(k)) snapCache.set(k, outline.nearest(p, tolerance));
    return snapCache.get(k)!;
  };

  const fixRing = (ring: Position[]): Position[] => {
    const n = ring.length - 1;
    const onOutline = (i: number) => own.get(edgeKey(ring[i]!, ring[(i + 1) % n]!)) === 1;
    const target: (Position | null)[] = [];
    for (let i = 0; i < n; i++) {
      const outer = onOutline(i) || onOutline((i - 1 + n) % n);
      target.push(outer ? snap(ring[i]!) : null);
    }
    const out: Position[] = [];
    for (let i = 0; i < n; i++) {
      const t = target[i];
      out.push(t ?? ring[i]!);
      if (t) snapped++;
      const j = (i + 1) % n;
      const u = target[i], w = target[j];
      if (u && w && onOutline(i)) {
        const direct = metres(u, w);
        const path = outline.path(u, w, direct * 3 + 500);
        if (path && path.length > 2) {
          out.push(...path.slice(1, -1));
          inserted += path.length - 2;
        }
      }
    }
    out.push(out[0]!);
    const open = removeSpikes(out.slice(0, -1));
    return open.length ? [...open, open[0]!] : [];
  };

  const geometries = group.map((g): Geom => {
    if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(fixRing).filter((r) => r.length >= 4) };
    return {
      type: 'MultiPolygon',
      coordinates: g.coordinates
        .map((p) => p.map(fixRing).filter((r) => r.length >= 4))
        .filter((p) => p.length > 0),
    };
  });
  return { geometries, snapped, inserted };
}
