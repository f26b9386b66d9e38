import type { MultiPolygon, Polygon, Position } from 'geojson';
import { findConflicts } from './intersections.ts';

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Twice the signed area (positive counter-clockwise) of an open or closed ring. */
export function signedArea2(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!, b = ring[(i + 1) % n]!;
    s += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return s;
}

/**
 * Whether a ring turns back at b: a hairpin whose two sides make an angle under ~0.06° (exactly 0 on the
 * source grid; after the datum shift a hairpin's sides differ by rounding, so a tolerance is needed).
 */
function turnsBack(a: Position, b: Position, c: Position): boolean {
  const ux = a[0]! - b[0]!, uy = a[1]! - b[1]!, vx = c[0]! - b[0]!, vy = c[1]! - b[1]!;
  const cross = ux * vy - uy * vx;
  const dot = ux * vx + uy * vy;
  return dot > 0 && Math.abs(cross) <= 1e-3 * Math.hypot(ux, uy) * Math.hypot(vx, vy);
}

/**
 * Removes repeated vertices and zero-width spikes (a vertex where the ring runs back along the line it
 * came: a→b→a, or a→b→c with c on a–b) from an open ring. The test is symmetric, so two rings sharing a
 * border lose the same vertices and the border stays shared. Exact on the source's 1/1024° grid.
 */
export function removeSpikes(open: Position[]): Position[] {
  let ring = open;
  for (let changed = true; changed && ring.length >= 3; ) {
    changed = false;
    const n = ring.length;
    const out: Position[] = [];
    for (let i = 0; i < n; i++) {
      const a = ring[(i - 1 + n) % n]!, b = ring[i]!, c = ring[(i + 1) % n]!;
      if (same(a, b) || turnsBack(a, b, c)) changed = true;
      else out.push(b);
    }
    ring = out;
  }
  return ring.length >= 3 ? ring : [];
}

/** Longest loop (in vertices) that `removeSmallLoops` cuts: the source's slips are a few grid cells. */
const SMALL_LOOP = 12;

/**
 * Removes small loops where an open ring crosses or touches itself (a zig-zag of a few vertices, mostly
 * where two borders meet): every vertex between the two meeting segments goes. The same vertices go
 * whichever way round the ring is walked, so a border shared by two rings stays shared.
 */
export function removeSmallLoops(open: Position[]): Position[] {
  let ring = open;
  for (let guard = 0; guard < 100 && ring.length >= 4; guard++) {
    const closed = [...ring, ring[0]!] as [number, number][];
    const hit = findConflicts([closed])[0];
    if (!hit) break;
    const i = Math.min(hit.segA, hit.segB), j = Math.max(hit.segA, hit.segB);
    const n = ring.length;
    if (j - i <= SMALL_LOOP) ring = [...ring.slice(0, i + 1), ...ring.slice(j + 1)];
    else if (n - (j - i) <= SMALL_LOOP) ring = ring.slice(i + 1, j + 1);
    else break;
  }
  return ring;
}

/** Splits an open ring wherever it passes through the same vertex twice (a pinch), recursively. */
function splitPinches(open: Position[]): Position[][] {
  const seen = new Map<string, number>();
  for (let j = 0; j < open.length; j++) {
    const k = `${open[j]![0]},${open[j]![1]}`;
    const i = seen.get(k);
    if (i !== undefined) {
      const loop = open.slice(i, j);
      const rest = [...open.slice(0, i), ...open.slice(j)];
      return [...splitPinches(removeSpikes(loop)), ...splitPinches(removeSpikes(rest))].filter((r) => r.length >= 3);
    }
    seen.set(k, j);
  }
  return open.length >= 3 ? [open] : [];
}

function pointInRing(p: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!, b = ring[j]!;
    if (a[1]! > p[1]! !== b[1]! > p[1]! && p[0]! < ((b[0]! - a[0]!) * (p[1]! - a[1]!)) / (b[1]! - a[1]!) + a[0]!) inside = !inside;
  }
  return inside;
}

const close = (r: Position[]) => [...r, r[0]!];
/** GeoJSON (RFC 7946) winding: shells counter-clockwise, holes clockwise. */
const orient = (r: Position[], shell: boolean) => ((signedArea2(r) > 0) === shell ? r : r.slice().reverse());

/**
 * Cleans a polygon geometry: drops repeated vertices and spikes, and splits rings that touch themselves
 * into simple rings (a loop turned the other way round is a hole of the piece that holds it). Returns
 * null when nothing with area is left.
 */
export function cleanGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polygons: Position[][][] = [];
  for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    const [outer, ...holes] = poly.map((r) => removeSpikes(removeSmallLoops(removeSpikes(r.slice(0, same(r[0]!, r[r.length - 1]!) ? -1 : undefined)))));
    if (!outer?.length) continue;
    const sign = Math.sign(signedArea2(outer));
    const pieces = splitPinches(outer);
    const shells = pieces.filter((p) => Math.sign(signedArea2(p)) === sign);
    const extraHoles = pieces.filter((p) => Math.sign(signedArea2(p)) !== sign);
    const allHoles = [...holes.filter((h) => h.length >= 3).flatMap(splitPinches), ...extraHoles];
    const out = shells.map((s) => [close(orient(s, true))]);
    for (const h of allHoles) {
      const host = out.find((o) => pointInRing(h[0]!, o[0]!)) ?? out[0];
      host?.push(close(orient(h, false)));
    }
    polygons.push(...out);
  }
  if (!polygons.length) return null;
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Where two parts of one geometry cross (an island drawn over another, a hole poking out of its shell),
 * drops the smaller part: the source has a handful of such islands, each far below a km².
 */
export function dropCrossingParts(g: Polygon | MultiPolygon): { geometry: Polygon | MultiPolygon; dropped: number } {
  let polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((p) => p.map((r) => r));
  let dropped = 0;
  for (let guard = 0; guard < 50; guard++) {
    const refs = polys.flatMap((p, pi) => p.map((r, ri) => ({ pi, ri, r })));
    const hit = findConflicts(refs.map((x) => x.r as [number, number][])).find((c) => c.kind === 'cross' && c.a !== c.b);
    if (!hit) break;
    const a = refs[hit.a]!, b = refs[hit.b]!;
    const victim = a.ri > 0 ? a : b.ri > 0 ? b : Math.abs(signedArea2(polys[a.pi]![0]!)) < Math.abs(signedArea2(polys[b.pi]![0]!)) ? a : b;
    if (victim.ri > 0) polys[victim.pi] = polys[victim.pi]!.filter((_, i) => i !== victim.ri);
    else polys = polys.filter((_, i) => i !== victim.pi);
    dropped++;
  }
  const geometry: Polygon | MultiPolygon = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
  return { geometry, dropped };
}
