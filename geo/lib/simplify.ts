import area from '@turf/area';
import { quantize } from 'topojson-client';
import { presimplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { findConflicts } from './intersections.ts';
import { removeSmallLoops, removeSpikes } from './rings.ts';
import { arcIndex, polygonsOf, type Arc } from './topology-tools.ts';

const EARTH_KM2_PER_SR = 6371.0088 ** 2;

/** Visvalingam weight of every vertex (km² of its effective spherical triangle; arc ends are Infinity). */
export function vertexWeights(topo: Topology): Float64Array[] {
  const pre = presimplify(topo as never, sphericalTriangleArea as never) as unknown as { arcs: number[][][] };
  return pre.arcs.map((arc) => Float64Array.from(arc, (p) => (p[2] === Infinity ? Infinity : p[2]! * EARTH_KM2_PER_SR)));
}

export interface SimplifySettings {
  /** Vertices whose triangle is smaller than this (km²) are dropped, unless that breaks validity. */
  minWeightKm2: number;
  /** Islands (polygons) smaller than this (km², unsimplified) are dropped, except a unit's largest. */
  minPolygonKm2: number;
  /** TopoJSON quantization (grid steps across the file's extent). */
  quantization: number;
  /** Finer grids to try (×4 each) when the coarse one itself leaves a crossing or a touching ring. */
  maxQuantization?: number;
}

/** A geometry's own vertex threshold (km²), below `minWeightKm2`: an arc shared by several takes the smallest. */
export type WeightOf = (g: GeometryObject) => number;

export interface SimplifyReport {
  refinedArcs: number;
  rounds: number;
  droppedPolygons: number;
  /** Conflicts left (crossings, touches) between segments after all refinement: should be 0. */
  conflicts: number;
  points: number;
  /** Rings given their own copy of their outline to unfold a hairpin the grid flattened. */
  detachedRings: number;
  /** The grid finally used. */
  quantization: number;
}

type Collections = Record<string, GeometryCollection>;

/** Drops arcs no geometry uses any more (replaced by unfolded copies, or under dropped islands). */
function pruneArcs(q: Topology, abs: number[][][]): void {
  const used = new Map<number, number>();
  const objects = Object.values(q.objects) as GeometryCollection[];
  for (const col of objects) for (const g of col.geometries) for (const p of polygonsOf(g)) for (const r of p) for (const a of r) {
    const i = arcIndex(a);
    if (!used.has(i)) used.set(i, used.size);
  }
  const order = [...used.keys()].sort((a, b) => a - b);
  order.forEach((i, j) => used.set(i, j));
  const map = (r: number[]) => r.map((a) => (a < 0 ? ~used.get(~a)! : used.get(a)!));
  for (const col of objects) {
    col.geometries = col.geometries.map((g) => {
      if (g.type === 'Polygon') return { ...g, arcs: g.arcs.map(map) };
      if (g.type === 'MultiPolygon') return { ...g, arcs: g.arcs.map((p) => p.map(map)) };
      return g;
    });
  }
  const arcs = q.arcs as number[][][];
  q.arcs = order.map((i) => arcs[i]!) as never;
  abs.splice(0, abs.length, ...order.map((i) => abs[i]!));
}

function ringCoords(arcs: number[][][], ring: number[]): number[][] {
  const out: number[][] = [];
  for (const a of ring) {
    const arc = arcs[arcIndex(a)]!;
    const pts = a < 0 ? arc.slice().reverse() : arc;
    out.push(...(out.length ? pts.slice(1) : pts));
  }
  return out;
}

/**
 * Simplifies and quantizes a set of objects of one shared, unquantized topology into a self-contained
 * TopoJSON. Because all objects are cut from the same arcs, neighbours keep identical borders at any
 * level. Visvalingam can still make an arc cross itself or its neighbour, and quantization can collapse
 * a tiny ring: every such arc gets its threshold lowered and the file is rebuilt, until nothing is left
 * (checked exactly, on the integer grid).
 */
export function simplifyObjects(
  full: Topology,
  weights: Float64Array[],
  objects: Collections,
  s: SimplifySettings,
  weightOf?: WeightOf,
): { topology: Topology; report: SimplifyReport } {
  const fullArcs = full.arcs as number[][][];
  // 1. Drop small islands (by unsimplified geodesic area), keeping each unit's largest polygon.
  let droppedPolygons = 0;
  const polygonArea = new Map<string, number>();
  const areaOf = (p: number[][]) => {
    const k = JSON.stringify(p);
    if (!polygonArea.has(k)) {
      const rings = p.map((r) => ringCoords(fullArcs, r));
      polygonArea.set(k, Math.abs(area({ type: 'Polygon', coordinates: rings })) / 1e6);
    }
    return polygonArea.get(k)!;
  };
  const kept: Collections = {};
  for (const [name, col] of Object.entries(objects)) {
    kept[name] = {
      ...col,
      geometries: col.geometries.map((g) => {
        const polys = polygonsOf(g);
        const areas = polys.map((p) => areaOf([p[0]!]));
        const largest = areas.indexOf(Math.max(...areas));
        // Holes under the same size go too (the source is full of one-cell holes, ~0.01 km²).
        const keep = polys
          .filter((_, i) => i === largest || areas[i]! >= s.minPolygonKm2)
          .map((p) => [p[0]!, ...p.slice(1).filter((h) => areaOf([h]) >= s.minPolygonKm2)]);
        droppedPolygons += polys.length - keep.length;
        return { ...g, type: 'MultiPolygon', arcs: keep } as GeometryObject;
      }),
    };
  }
  // 2. Collect the arcs used, re-indexed.
  const used: number[] = [];
  const index = new Map<number, number>();
  const remapRing = (r: number[]) =>
    r.map((a) => {
      const i = arcIndex(a);
      if (!index.has(i)) {
        index.set(i, used.length);
        used.push(i);
      }
      const j = index.get(i)!;
      return a < 0 ? ~j : j;
    });
  const remapped: Collections = {};
  const arcWeight: number[] = [];
  for (const [name, col] of Object.entries(kept)) {
    remapped[name] = {
      ...col,
      geometries: col.geometries.map((g) => {
        const out = g.type === 'Polygon' ? { ...g, arcs: g.arcs.map(remapRing) } : g.type === 'MultiPolygon' ? { ...g, arcs: g.arcs.map((p) => p.map(remapRing)) } : g;
        if (weightOf) {
          const w = Math.min(s.minWeightKm2, weightOf(g));
          for (const p of polygonsOf(out)) for (const r of p) for (const a of r) arcWeight[arcIndex(a)] = Math.min(arcWeight[arcIndex(a)] ?? Infinity, w);
        }
        return out;
      }),
    };
  }
  const rings: number[][] = Object.values(remapped).flatMap((c) => c.geometries.flatMap((g) => polygonsOf(g).flat()));

  // 3. Simplify, quantize, check; refine offending arcs; repeat. If problems are left when every
  // offending arc is at full detail, they come from the grid itself: try a finer grid.
  let attempt = run(s.quantization);
  for (let q = s.quantization * 4; attempt.conflicts > 0 && q <= (s.maxQuantization ?? s.quantization); q *= 4) {
    const finer = run(q);
    if (finer.conflicts < attempt.conflicts) attempt = finer;
  }
  return { topology: attempt.topology, report: { ...attempt.report, droppedPolygons: droppedPolygons + attempt.report.droppedPolygons } };

  function ringCheck(abs: number[][][], r: number[]): 'ok' | 'empty' | 'self' {
    const coords = ringCoords(abs, r);
    const distinct = new Set(coords.map((p) => `${p[0]},${p[1]}`)).size;
    let a2 = 0;
    for (let k = 0; k + 1 < coords.length; k++) a2 += coords[k]![0]! * coords[k + 1]![1]! - coords[k + 1]![0]! * coords[k]![1]!;
    if (distinct < 3 || a2 === 0) return 'empty';
    // A ring must not touch or cross itself, also where it passes from one arc to the next.
    return findConflicts([coords as [number, number][]]).length ? 'self' : 'ok';
  }

  function decode(q: Topology): number[][][] {
    return (q.arcs as number[][][]).map((arc) => {
      let x = 0, y = 0;
      return arc.map(([dx, dy]) => [(x += dx!), (y += dy!)]);
    });
  }

  function run(quantization: number) {
    const threshold = used.map((_, j) => arcWeight[j] ?? s.minWeightKm2);
    const refined = new Set<number>();
    let q: Topology | null = null;
    let rounds = 0;
    for (rounds = 1; rounds <= 16; rounds++) {
      const arcs: Arc[] = used.map((orig, j) => {
        const arc = fullArcs[orig]!;
        const w = weights[orig]!;
        const t = threshold[j]!;
        let out = arc.filter((_, k) => w[k]! >= t) as Arc;
        const closed = arc.length > 3 && arc[0]![0] === arc[arc.length - 1]![0] && arc[0]![1] === arc[arc.length - 1]![1];
        if (closed && out.length < 4) {
          // A ring made of one arc keeps its two heaviest inner vertices, so it stays a triangle.
          const order = [...w.keys()].filter((k) => k > 0 && k < arc.length - 1).sort((a, b) => w[b]! - w[a]!).slice(0, 2).sort((a, b) => a - b);
          out = [arc[0]!, ...order.map((k) => arc[k]!), arc[arc.length - 1]!] as Arc;
        }
        return out;
      });
      q = quantize({ type: 'Topology', objects: structuredClone(remapped), arcs } as never, quantization) as unknown as Topology;
      const abs = decode(q);
      const bad = new Set<number>();
      // Crossings are overlaps between units (or within one): always wrong. Collinear contact between
      // two different rings (a sliver the grid closed) is allowed, as OGC allows rings to touch.
      for (const c of findConflicts(abs as [number, number][][])) {
        if (c.kind !== 'cross') continue;
        bad.add(c.a);
        bad.add(c.b);
      }
      // Rings that folded onto themselves are unfolded below; only collapsed rings want more detail.
      for (const r of rings) if (ringCheck(abs, r) === 'empty') for (const a of r) bad.add(arcIndex(a));
      if (!bad.size) break;
      // More detail where anything is wrong; what full detail cannot fix is a fold of the grid, which
      // the pass below unfolds, or a finer grid removes.
      let changed = false;
      for (const j of bad) {
        if (threshold[j]! <= 0) continue;
        threshold[j] = threshold[j]! < s.minWeightKm2 / 1e4 ? 0 : threshold[j]! / 8;
        refined.add(j);
        changed = true;
      }
      if (!changed) break;
    }
    // Rings still empty on the grid at full detail are smaller than one grid step: drop them.
    const abs = decode(q!);
    let dropped = 0;
    for (const col of Object.values(q!.objects) as GeometryCollection[]) {
      col.geometries = col.geometries.map((g) => {
        const before = polygonsOf(g);
        const polys = before.filter((p) => ringCheck(abs, p[0]!) !== 'empty').map((p) => [p[0]!, ...p.slice(1).filter((h) => ringCheck(abs, h) !== 'empty')]);
        dropped += before.length - polys.length;
        const changed = polys.flat().length !== before.flat().length;
        return changed ? ({ ...g, type: 'MultiPolygon', arcs: polys } as GeometryObject) : g;
      });
    }
    // A few rings still touch themselves where the grid folds a hairpin of the source flat: such a
    // ring gets its own copy of its outline with the fold removed (the neighbour keeps the shared arcs;
    // they differ by less than a grid step).
    let detached = 0;
    const newArc = (points: number[][]) => {
      abs.push(points);
      (q!.arcs as number[][][]).push(points.map((p, k) => (k ? [p[0]! - points[k - 1]![0]!, p[1]! - points[k - 1]![1]!] : [p[0]!, p[1]!])));
      return abs.length - 1;
    };
    const own = (r: number[]): number[] => {
      if (ringCheck(abs, r) !== 'self') return r;
      const coords = ringCoords(abs, r);
      const open = coords.slice(0, -1);
      const kept = new Set(removeSpikes(removeSmallLoops(removeSpikes(open))));
      if (kept.size < 3) return r;
      const fixed = [...open.filter((p) => kept.has(p)), open.find((p) => kept.has(p))!];
      if (findConflicts([fixed as [number, number][]]).length) return r;
      // Replace only the arcs that lost a vertex (runs of them, widened until both ends of a run are
      // kept junctions); the rest of the ring keeps its shared arcs, so its neighbours stay neighbours.
      const n = open.length;
      const starts: number[] = [];
      let at = 0;
      for (const a of r) {
        starts.push(at);
        at += abs[arcIndex(a)]!.length - 1;
      }
      const span = (k: number) => [starts[k]!, starts[k]! + abs[arcIndex(r[k]!)]!.length - 1] as const;
      const removed = (i: number) => !kept.has(open[i % n]!);
      const touched = r.map((_, k) => {
        const [a, b] = span(k);
        for (let i = a; i <= b; i++) if (removed(i)) return true;
        return false;
      });
      if (touched.every(Boolean)) {
        detached++;
        return [newArc(fixed)];
      }
      for (let changed = true; changed; ) {
        changed = false;
        r.forEach((_, k) => {
          if (!touched[k]) return;
          const [a, b] = span(k);
          const prev = (k - 1 + r.length) % r.length, next = (k + 1) % r.length;
          if (removed(a) && !touched[prev]) touched[prev] = changed = true;
          if (removed(b) && !touched[next]) touched[next] = changed = true;
        });
        if (touched.every(Boolean)) {
          detached++;
          return [newArc(fixed)];
        }
      }
      // Rotate so the ring starts with an untouched arc, then rebuild run by run.
      const first = touched.indexOf(false);
      const order = r.map((_, k) => (first + k) % r.length);
      const out: number[] = [];
      for (let k = 0; k < order.length; ) {
        const pos = order[k]!;
        if (!touched[pos]) {
          out.push(r[pos]!);
          k++;
          continue;
        }
        const run: number[] = [];
        while (k < order.length && touched[order[k]!]) run.push(order[k++]!);
        const [a] = span(run[0]!);
        let [, b] = span(run[run.length - 1]!);
        if (b < a) b += n; // the run wraps past the ring's first vertex
        const pts: number[][] = [];
        for (let i = a; i <= b; i++) if (!removed(i) || i === a || i === b) pts.push(open[i % n]!);
        out.push(newArc(pts));
      }
      detached++;
      return out;
    };
    // What cannot be unfolded is a speck (a bow-tie of a few grid cells): dropped.
    const speck = (r: number[]) => {
      if (ringCheck(abs, r) !== 'self') return false;
      const c = ringCoords(abs, r);
      let a2 = 0;
      for (let k = 0; k + 1 < c.length; k++) a2 += c[k]![0]! * c[k + 1]![1]! - c[k + 1]![0]! * c[k]![1]!;
      return Math.abs(a2) < 2000;
    };
    for (const col of Object.values(q!.objects) as GeometryCollection[]) {
      col.geometries = col.geometries.map((g) => {
        const polys = polygonsOf(g);
        if (!polys.flat().some((r) => ringCheck(abs, r) === 'self')) return g;
        const fixed = polys.map((p) => p.map(own)).filter((p) => !speck(p[0]!)).map((p) => [p[0]!, ...p.slice(1).filter((h) => !speck(h))]);
        dropped += polys.length - fixed.length;
        return { ...g, type: 'MultiPolygon', arcs: fixed } as GeometryObject;
      });
    }
    pruneArcs(q!, abs);
    const left = Object.values(q!.objects).flatMap((c) => (c as GeometryCollection).geometries.flatMap((g) => polygonsOf(g).flat()));
    const conflicts = findConflicts(abs as [number, number][][]).filter((c) => c.kind === 'cross').length + left.filter((r) => ringCheck(abs, r) !== 'ok').length;
    const points = abs.reduce((n, a) => n + a.length, 0);
    return { topology: q!, conflicts, report: { refinedArcs: refined.size, rounds, droppedPolygons: dropped, detachedRings: detached, conflicts, points, quantization } };
  }
}
