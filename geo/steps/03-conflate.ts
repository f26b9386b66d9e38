import { join } from 'node:path';
import bbox from '@turf/bbox';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { conflate } from '../lib/conflate.ts';
import { findConflicts } from '../lib/intersections.ts';
import { cleanGeometry, dropCrossingParts } from '../lib/rings.ts';
import { resolveOverlaps } from '../lib/resolve-overlaps.ts';
import { BUILD_DIR, readJson, writeIfChanged } from '../lib/step.ts';
import { ATOMS, type Atom, type AtomProps } from './02-normalize.ts';

export const CONFLATED = join(BUILD_DIR, 'atoms-conflated.geojson');
export const CONFLATE_REPORT = join(BUILD_DIR, 'conflate-report.json');

/**
 * Source files from another lineage than the prefecture files around them: the four municipalities were
 * added in 0.1.0 and 沧州 in 0.0.9 (a coarse outline with no ids). Their borders with the neighbours run
 * 100 m–2 km off the neighbours' (measured: median ~100 m, 90th percentile 0.3–1.7 km), so they would
 * overlap and leave gaps. In this order each is fitted to everything fitted before it; the tolerance is
 * the largest mismatch to close, in metres.
 */
export const GROUPS: readonly { file: string; tolerance: number }[] = [
  { file: 'beijing', tolerance: 1500 },
  { file: 'tianjin', tolerance: 1500 },
  { file: 'shanghai', tolerance: 1500 },
  { file: 'chongqing', tolerance: 1500 },
  { file: 'he2_bei3_cang1_zhou1', tolerance: 3000 },
];

const fileOf = (a: Atom) => a.properties.atom.split('#')[0]!;

export function conflateAtoms(): void {
  const fc = readJson<FeatureCollection<Polygon | MultiPolygon, AtomProps>>(ATOMS);
  const atoms = fc.features as Atom[];
  const report: Record<string, unknown> = {};
  for (const { file, tolerance } of GROUPS) {
    const group = atoms.filter((a) => fileOf(a) === file);
    const [x0, y0, x1, y1] = bbox({ type: 'FeatureCollection', features: group });
    const pad = (tolerance / 111_320) * 2;
    const reference = atoms.filter((a) => {
      if (fileOf(a) === file) return false;
      const [a0, b0, a1, b1] = bbox(a);
      return a0 <= x1 + pad && a1 >= x0 - pad && b0 <= y1 + pad && b1 >= y0 - pad;
    });
    const res = conflate(group.map((a) => a.geometry), reference.map((a) => a.geometry), tolerance);
    group.forEach((a, i) => (a.geometry = res.geometries[i]!));
    report[file] = { atoms: group.length, snapped: res.snapped, inserted: res.inserted, reference: reference.length };
  }
  // The same files' inner borders do not always match either (重庆's 开州区 came from yet another
  // vintage): fit each of their polygons to the polygons around it.
  for (const { file } of GROUPS) {
    let snapped = 0;
    for (const atom of atoms.filter((a) => fileOf(a) === file)) {
      const res = conflate([atom.geometry], neighbours(atoms, atom, INNER_TOLERANCE).map((a) => a.geometry), INNER_TOLERANCE);
      atom.geometry = res.geometries[0]!;
      snapped += res.inserted;
    }
    report[`${file} (inner)`] = { inserted: snapped };
  }
  report.repairs = repair(atoms);
  // Where borders still cross (an overlap lens), the polygon from the municipality/沧州 files (or the
  // later one) takes its neighbour's border. A few rounds: fixing one lens can uncover the next.
  const foreign = new Set(GROUPS.map((g) => g.file));
  const rank = (i: number) => (foreign.has(fileOf(atoms[i]!)) ? 1 : 0);
  const lenses: number[] = [];
  for (let round = 0; round < 4; round++) {
    // Only the polygons whose borders cross (found on the topology, where each border is stored once).
    const fc: FeatureCollection<Polygon | MultiPolygon, AtomProps> = { type: 'FeatureCollection', features: atoms };
    const topo = topology({ atoms: fc }) as unknown as Topology<{ atoms: GeometryCollection<AtomProps> }>;
    const owners = arcAtoms(topo);
    const involved = new Set<number>();
    for (const c of findConflicts(topo.arcs as [number, number][][])) {
      if (c.kind !== 'cross') continue;
      for (const i of [...(owners.get(c.a) ?? []), ...(owners.get(c.b) ?? [])]) involved.add(i);
    }
    const subset = [...involved].sort((a, b) => a - b);
    const n = resolveOverlaps(subset.map((i) => atoms[i]!.geometry), (a, b) => {
      const [ia, ib] = [subset[a]!, subset[b]!];
      return rank(ia) > rank(ib) || (rank(ia) === rank(ib) && ia > ib);
    });
    lenses.push(n);
    for (const i of subset) {
      const clean = cleanGeometry(atoms[i]!.geometry);
      if (clean) atoms[i]!.geometry = clean;
    }
    if (!n) break;
  }
  report.lenses = lenses;
  let droppedParts = 0;
  for (const a of atoms) {
    const r = dropCrossingParts(a.geometry);
    a.geometry = r.geometry;
    droppedParts += r.dropped;
  }
  report.droppedCrossingParts = droppedParts;
  // Snapping can pinch a ring or flip a sliver: clean and orient every atom again.
  for (const a of atoms) {
    const clean = cleanGeometry(a.geometry);
    if (clean) a.geometry = clean;
  }
  writeIfChanged(CONFLATED, JSON.stringify(fc));
  writeIfChanged(CONFLATE_REPORT, `${JSON.stringify(report, null, 2)}\n`);
}

/** Tolerance when fitting a polygon of those files to its neighbours, in metres. */
const INNER_TOLERANCE = 600;

function neighbours(atoms: Atom[], atom: Atom, tolerance: number): Atom[] {
  const pad = (tolerance / 111_320) * 2;
  const [x0, y0, x1, y1] = bbox(atom);
  return atoms.filter((a) => {
    if (a === atom) return false;
    const [a0, b0, a1, b1] = bbox(a);
    return a0 <= x1 + pad && a1 >= x0 - pad && b0 <= y1 + pad && b1 >= y0 - pad;
  });
}

/** Tolerance of the local repairs, in metres: the worst mismatch left inside one lineage. */
const REPAIR_TOLERANCE = 800;

function arcAtoms(topo: Topology<{ atoms: GeometryCollection<AtomProps> }>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  topo.objects.atoms.geometries.forEach((g, gi) => {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    for (const p of polys) for (const r of p) for (const a of r) {
      const i = a < 0 ? ~a : a;
      const list = out.get(i) ?? [];
      if (!list.includes(gi)) list.push(gi);
      out.set(i, list);
    }
  });
  return out;
}

/**
 * Local repairs where polygons of the same lineage still cross or overlap their neighbours (the source's
 * own slips, and the inner borders of the municipality files): each atom involved is fitted to its
 * neighbours, but only near the conflict, so coasts and good borders stay as they are.
 */
function repair(atoms: Atom[]): { round: number; conflicts: number; atoms: number }[] {
  const log: { round: number; conflicts: number; atoms: number }[] = [];
  for (let round = 1; round <= 4; round++) {
    const fc: FeatureCollection<Polygon | MultiPolygon, AtomProps> = { type: 'FeatureCollection', features: atoms };
    const topo = topology({ atoms: fc }) as unknown as Topology<{ atoms: GeometryCollection<AtomProps> }>;
    const owners = arcAtoms(topo);
    const conflicts = findConflicts(topo.arcs as [number, number][][]);
    const points = new Map<number, [number, number][]>();
    let between = 0;
    for (const c of conflicts) {
      const involved = new Set([...(owners.get(c.a) ?? []), ...(owners.get(c.b) ?? [])]);
      if (involved.size < 2) continue;
      between++;
      for (const i of involved) points.set(i, [...(points.get(i) ?? []), c.at]);
    }
    const last = log[log.length - 1];
    log.push({ round, conflicts: between, atoms: points.size });
    // Stop when nothing is left, or when a round no longer helps: what remains is not a neighbour
    // mismatch (loops inside one shared border are cut later, on the topology).
    if (!points.size || round === 4 || (last && between > last.conflicts * 0.95)) break;
    for (const [i, near] of [...points].sort((a, b) => a[0] - b[0])) {
      const atom = atoms[i]!;
      const pad = (REPAIR_TOLERANCE / 111_320) * 3;
      const xs = near.map((p) => p[0]), ys = near.map((p) => p[1]);
      const [x0, x1, y0, y1] = [Math.min(...xs) - pad, Math.max(...xs) + pad, Math.min(...ys) - pad, Math.max(...ys) + pad];
      const reference = atoms.filter((a, j) => {
        if (j === i) return false;
        const [a0, b0, a1, b1] = bbox(a);
        return a0 <= x1 && a1 >= x0 && b0 <= y1 && b1 >= y0;
      });
      atom.geometry = conflate([atom.geometry], reference.map((a) => a.geometry), REPAIR_TOLERANCE, near).geometries[0]!;
    }
  }
  return log;
}
