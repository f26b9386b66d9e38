import type { MultiPolygon, Polygon, Position } from 'geojson';
import { findConflicts } from './intersections.ts';
import { metres } from './conflate.ts';

type Geom = Polygon | MultiPolygon;
interface RingRef {
  owner: number;
  polygon: number;
  ring: number;
  coords: Position[];
}

const key = (p: Position) => `${p[0]},${p[1]}`;

function intersection(p: Position, q: Position, r: Position, s: Position): Position {
  const d = (q[0]! - p[0]!) * (s[1]! - r[1]!) - (q[1]! - p[1]!) * (s[0]! - r[0]!);
  const t = ((r[0]! - p[0]!) * (s[1]! - r[1]!) - (r[1]! - p[1]!) * (s[0]! - r[0]!)) / d;
  return [Math.round((p[0]! + t * (q[0]! - p[0]!)) * 1e7) / 1e7, Math.round((p[1]! + t * (q[1]! - p[1]!)) * 1e7) / 1e7];
}

function pathLength(path: Position[]): number {
  let l = 0;
  for (let i = 1; i < path.length; i++) l += metres(path[i - 1]!, path[i]!);
  return l;
}

/** Vertices from index i to j walking forward (inclusive), on an open ring. */
function walk(ring: Position[], i: number, j: number): Position[] {
  const out: Position[] = [];
  for (let k = i; ; k = (k + 1) % ring.length) {
    out.push(ring[k]!);
    if (k === j) return out;
  }
}

/**
 * Resolves places where two polygons' borders cross (an overlap lens and the gap beside it): both
 * borders get the crossing points as vertices, then between two consecutive crossings the yielding
 * polygon takes the other's border, so both follow the same vertices and the topology shares them.
 * `yields(a, b)` says whether polygon a gives way to b. Only local lenses (under `maxMetres` of border)
 * are resolved. Returns the number of lenses resolved.
 */
export function resolveOverlaps(geoms: Geom[], yields: (a: number, b: number) => boolean, maxMetres = 5000): number {
  const refs: RingRef[] = [];
  geoms.forEach((g, owner) => {
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    polys.forEach((p, polygon) => p.forEach((r, ring) => refs.push({ owner, polygon, ring, coords: r.slice(0, -1) })));
  });
  const lines = refs.map((r) => [...r.coords, r.coords[0]!] as [number, number][]);
  const crossings = findConflicts(lines).filter((c) => c.kind === 'cross' && refs[c.a]!.owner !== refs[c.b]!.owner);
  if (!crossings.length) return 0;

  // 1. Node: put every crossing point into both rings.
  const inserts = new Map<number, { seg: number; t: number; p: Position }[]>();
  const pairs = new Map<string, [number, number]>();
  for (const c of crossings) {
    const A = refs[c.a]!.coords, B = refs[c.b]!.coords;
    const p = intersection(A[c.segA]!, A[(c.segA + 1) % A.length]!, B[c.segB]!, B[(c.segB + 1) % B.length]!);
    for (const [ri, seg] of [[c.a, c.segA], [c.b, c.segB]] as const) {
      const ring = refs[ri]!.coords;
      const a = ring[seg]!, b = ring[(seg + 1) % ring.length]!;
      const len = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!) || 1;
      const t = Math.hypot(p[0]! - a[0]!, p[1]! - a[1]!) / len;
      inserts.set(ri, [...(inserts.get(ri) ?? []), { seg, t, p }]);
    }
    const k = c.a < c.b ? `${c.a},${c.b}` : `${c.b},${c.a}`;
    pairs.set(k, c.a < c.b ? [c.a, c.b] : [c.b, c.a]);
  }
  for (const [ri, list] of inserts) {
    const ring = refs[ri]!.coords;
    const out: Position[] = [];
    ring.forEach((p, seg) => {
      out.push(p);
      for (const ins of list.filter((x) => x.seg === seg).sort((x, y) => x.t - y.t)) {
        if (key(ins.p) !== key(out[out.length - 1]!)) out.push(ins.p);
      }
    });
    refs[ri]!.coords = out;
  }

  // 2. For each pair of crossing rings, the yielding ring takes the other's border between crossings.
  let resolved = 0;
  for (const [ra, rb] of pairs.values()) {
    const [keep, give] = yields(refs[ra]!.owner, refs[rb]!.owner) ? [rb, ra] : [ra, rb];
    const K = refs[keep]!.coords, G = refs[give]!.coords;
    const inK = new Map(K.map((p, i) => [key(p), i]));
    const shared = G.map((p, i) => [i, inK.get(key(p))] as const).filter(([, j]) => j !== undefined) as [number, number][];
    if (shared.length < 2) continue;
    const replace: { from: number; to: number; path: Position[] }[] = [];
    for (let s = 0; s < shared.length; s++) {
      const [g0, k0] = shared[s]!, [g1, k1] = shared[(s + 1) % shared.length]!;
      if (g0 === g1) continue;
      const mine = walk(G, g0, g1);
      if (mine.length <= 2) continue;
      const fwd = walk(K, k0, k1), back = walk(K, k1, k0).reverse();
      const theirs = fwd.length <= back.length ? fwd : back;
      if (pathLength(mine) > maxMetres || pathLength(theirs) > maxMetres) continue;
      replace.push({ from: g0, to: g1, path: theirs });
    }
    if (!replace.length) continue;
    // Rebuild the giving ring, swapping each lens side for the kept ring's side.
    const drop = new Set<number>();
    const put = new Map<number, Position[]>();
    for (const r of replace) {
      for (let k = (r.from + 1) % G.length; k !== r.to; k = (k + 1) % G.length) drop.add(k);
      put.set(r.from, r.path.slice(1, -1));
    }
    const out: Position[] = [];
    G.forEach((p, i) => {
      if (drop.has(i)) return;
      out.push(p);
      out.push(...(put.get(i) ?? []));
    });
    refs[give]!.coords = out;
    resolved += replace.length;
  }

  // 3. Write the rings back.
  for (const r of refs) {
    const g = geoms[r.owner]!;
    const closed = [...r.coords, r.coords[0]!];
    if (g.type === 'Polygon') g.coordinates[r.ring] = closed;
    else g.coordinates[r.polygon]![r.ring] = closed;
  }
  return resolved;
}
