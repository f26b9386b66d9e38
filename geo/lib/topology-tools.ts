import type { GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { findConflicts } from './intersections.ts';

export type Arc = [number, number][];
export type PolygonGeometry = TopoPolygon | TopoMultiPolygon;

/** The polygons (lists of rings of arc indexes) of a topology geometry. */
export function polygonsOf(g: GeometryObject): number[][][] {
  if (g.type === 'Polygon') return [g.arcs];
  if (g.type === 'MultiPolygon') return g.arcs;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(polygonsOf);
  return [];
}

export const arcIndex = (a: number) => (a < 0 ? ~a : a);

function intersection(p: [number, number], q: [number, number], r: [number, number], s: [number, number]): [number, number] {
  const d = (q[0] - p[0]) * (s[1] - r[1]) - (q[1] - p[1]) * (s[0] - r[0]);
  if (d === 0) return [r[0], r[1]];
  const t = ((r[0] - p[0]) * (s[1] - r[1]) - (r[1] - p[1]) * (s[0] - r[0])) / d;
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

/**
 * Cuts the small loops where an arc crosses or touches itself (the source has a few borders that
 * zig-zag over themselves within one grid cell). Working on arcs fixes both polygons that share the
 * border at once. Arc end points (junctions) never move. Returns how many loops were cut.
 */
export function cutArcLoops(arcs: Arc[]): number {
  let cut = 0;
  arcs.forEach((arc, index) => {
    for (let guard = 0; guard < 50; guard++) {
      const own = findConflicts([arc]).filter((c) => c.a === 0 && c.b === 0);
      if (!own.length) break;
      const c = own[0]!;
      const [i, j] = c.segA < c.segB ? [c.segA, c.segB] : [c.segB, c.segA];
      const x = intersection(arc[i]!, arc[i + 1]!, arc[j]!, arc[j + 1]!);
      const closed = arc[0]![0] === arc[arc.length - 1]![0] && arc[0]![1] === arc[arc.length - 1]![1];
      // On a closed arc the loop may be the part through the start; keep the longer side.
      const inner = arc.slice(i + 1, j + 1);
      const outer = [...arc.slice(0, i + 1), x, ...arc.slice(j + 1)];
      if (closed && inner.length > outer.length && i > 0) {
        arc.splice(0, arc.length, x, ...inner, x);
      } else {
        arc.splice(0, arc.length, ...outer);
      }
      const dedup = arc.filter((p, k) => k === 0 || p[0] !== arc[k - 1]![0] || p[1] !== arc[k - 1]![1]);
      arc.splice(0, arc.length, ...dedup);
      cut++;
    }
    arcs[index] = arc;
  });
  return cut;
}

/**
 * A new topology holding only `objects` and the arcs they use, re-indexed. Lets one shared topology be
 * cut into per-province files without breaking shared borders inside each file.
 */
export function subsetTopology<O extends Record<string, GeometryObject>>(topo: Topology, objects: O): Topology<O> {
  const map = new Map<number, number>();
  const arcs: Arc[] = [];
  const remapRing = (ring: number[]) =>
    ring.map((a) => {
      const i = arcIndex(a);
      let j = map.get(i);
      if (j === undefined) {
        j = arcs.length;
        map.set(i, j);
        arcs.push(topo.arcs[i] as Arc);
      }
      return a < 0 ? ~j : j;
    });
  const remap = (g: GeometryObject): GeometryObject => {
    if (g.type === 'Polygon') return { ...g, arcs: g.arcs.map(remapRing) };
    if (g.type === 'MultiPolygon') return { ...g, arcs: g.arcs.map((p) => p.map(remapRing)) };
    if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(remap) };
    return g;
  };
  const out = Object.fromEntries(Object.entries(objects).map(([k, g]) => [k, remap(g)])) as O;
  return { type: 'Topology', objects: out, arcs };
}

function ringCoordinates(topo: Topology, ring: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const a of ring) {
    const arc = topo.arcs[arcIndex(a)] as Arc;
    const pts = a < 0 ? arc.slice().reverse() : arc;
    out.push(...(out.length ? pts.slice(1) : pts));
  }
  return out;
}

function signedArea(coords: [number, number][]): number {
  let a2 = 0;
  for (let i = 0; i < coords.length; i++) {
    const p = coords[i]!, q = coords[(i + 1) % coords.length]!;
    a2 += p[0] * q[1] - q[0] * p[1];
  }
  return a2 / 2;
}

function inside(p: [number, number], ring: [number, number][]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!, b = ring[j]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) result = !result;
  }
  return result;
}

/**
 * Cuts a ring (a list of arcs) into loops wherever it passes through the same node twice: OGC rings
 * may not touch themselves, but a hole may touch its shell at a point, as may two shells.
 */
function splitAtRepeatedNodes(ring: number[]): number[][] {
  const start = (a: number) => {
    const arc = topo_.arcs[arcIndex(a)] as Arc;
    const p = a < 0 ? arc[arc.length - 1]! : arc[0]!;
    return `${p[0]},${p[1]}`;
  };
  const seen = new Map<string, number>();
  for (let k = 0; k < ring.length; k++) {
    const node = start(ring[k]!);
    const i = seen.get(node);
    if (i !== undefined) {
      return [...splitAtRepeatedNodes(ring.slice(i, k)), ...splitAtRepeatedNodes([...ring.slice(0, i), ...ring.slice(k)])];
    }
    seen.set(node, k);
  }
  return ring.length ? [ring] : [];
}
let topo_: Topology;

/**
 * Dissolves polygons of an unquantized topology into one MultiPolygon whose rings reuse the topology's
 * arcs: arcs used once by the group are its outline. Unlike topojson's `merge`, rings are traced with
 * the left-most-turn rule, so where outlines touch at a vertex (a hole touching its shell, two islands
 * touching, a lobe joined by one point) they come apart into simple rings instead of being stitched
 * across; counter-clockwise rings are shells, clockwise ones holes of the smallest shell holding them.
 * Needs input rings oriented the GeoJSON way (shells counter-clockwise), which 02-normalize ensures.
 */
export function dissolve(topo: Topology, geometries: GeometryObject[]): TopoMultiPolygon {
  topo_ = topo;
  // The outline is the sum of the rings as oriented chains: an arc walked both ways (a border between
  // two members, or a hole that shares an edge with its shell) cancels out.
  const net = new Map<number, number>();
  for (const g of geometries) for (const p of polygonsOf(g)) for (const r of p) for (const a of r) {
    net.set(arcIndex(a), (net.get(arcIndex(a)) ?? 0) + (a < 0 ? -1 : 1));
  }
  // An arc walked twice the same way (two member rings overlapping along it) is kept twice, so every
  // node keeps as many ways in as out and every ring closes.
  const outline: number[] = [];
  for (const [i, n] of net) for (let k = 0; k < Math.abs(n); k++) outline.push(n > 0 ? i : ~i);
  const ends = (a: number) => {
    const arc = topo.arcs[arcIndex(a)] as Arc;
    const pts = a < 0 ? arc.slice().reverse() : arc;
    return { first: pts[0]!, second: pts[1]!, beforeLast: pts[pts.length - 2]!, last: pts[pts.length - 1]! };
  };
  const key = (p: [number, number]) => `${p[0]},${p[1]}`;
  const starting = new Map<string, number[]>();
  outline.forEach((a, id) => {
    const k = key(ends(a).first);
    starting.set(k, [...(starting.get(k) ?? []), id]);
  });
  const used = new Set<number>();
  const rings: number[][] = [];
  for (let start = 0; start < outline.length; start++) {
    if (used.has(start)) continue;
    const ring = [start];
    used.add(start);
    for (let guard = 0; guard < outline.length + 1; guard++) {
      const cur = ends(outline[ring[ring.length - 1]!]!);
      const inDir = Math.atan2(cur.last[1] - cur.beforeLast[1], cur.last[0] - cur.beforeLast[0]);
      const candidates = (starting.get(key(cur.last)) ?? []).filter((id) => !used.has(id) || id === start);
      if (!candidates.length) break;
      // Left-most turn: the largest counter-clockwise turn from the incoming direction.
      let best = candidates[0]!, bestTurn = -Infinity;
      for (const id of candidates) {
        const e = ends(outline[id]!);
        let turn = Math.atan2(e.second[1] - e.first[1], e.second[0] - e.first[0]) - inDir;
        while (turn <= -Math.PI) turn += 2 * Math.PI;
        while (turn > Math.PI) turn -= 2 * Math.PI;
        if (turn > bestTurn) [best, bestTurn] = [id, turn];
      }
      if (best === start) break;
      ring.push(best);
      used.add(best);
    }
    rings.push(...splitAtRepeatedNodes(ring.map((id) => outline[id]!)));
  }
  const traced = rings.map((arcs) => {
    const coords = ringCoordinates(topo, arcs);
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of coords) {
      box[0] = Math.min(box[0]!, p[0]); box[1] = Math.min(box[1]!, p[1]);
      box[2] = Math.max(box[2]!, p[0]); box[3] = Math.max(box[3]!, p[1]);
    }
    return { arcs, coords, area: signedArea(coords), box, keys: new Set(coords.map(key)) };
  });
  const shells = traced.filter((r) => r.area > 0).sort((a, b) => a.area - b.area);
  const polygons = new Map(shells.map((s) => [s, [s.arcs]]));
  for (const hole of traced.filter((r) => r.area < 0)) {
    const host = shells.find((s) => {
      if (s.box[0]! > hole.box[0]! || s.box[1]! > hole.box[1]! || s.box[2]! < hole.box[2]! || s.box[3]! < hole.box[3]!) return false;
      const probe = hole.coords.find((p) => !s.keys.has(key(p)));
      return probe ? inside(probe, s.coords) : false;
    });
    if (host) polygons.get(host)!.push(hole.arcs);
  }
  return { type: 'MultiPolygon', arcs: [...polygons.values()].reverse() };
}

/** Properties of a topology geometry (the TopoJSON types make them optional, and widen them by `{}`). */
export function propsOf<P>(g: { properties?: unknown }): P {
  return g.properties as P;
}
