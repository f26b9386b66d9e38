import { CHINA_CODE, ancestorsOf, type AdminLevel } from '../domain/admin-code.ts';
import { indicatorCommitments, type Commitment, type IndicatorDocument } from './commitments.ts';
import { compareCommitment, counterpart, sumChildren, type ChildSum, type Comparison } from './compare-levels.ts';
import { INDICATORS } from './registry.ts';
import type { Indicator } from './types.ts';
import { unitRank } from './units.ts';

/** One region in the cross-level table: what it commits to, and how that stands against the level above. */
export interface CrossLevelRow {
  /** Admin code, or composite id. */
  key: string;
  name: string;
  level: AdminLevel | 'composite';
  /** 0 national, 1 province, 2 prefecture, 3 county; a composite sits one below the region that names it. */
  depth: number;
  /** The nearest row above it (a county's province when its prefecture has no document), null at the top. */
  parentKey: string | null;
  /** Documents issued for the region. */
  documents: string[];
  /** Its commitments: the indicator's first unit first, then by deadline. */
  commitments: Commitment[];
  /** It has documents but commits to nothing on this indicator. */
  silent: boolean;
  /** Each commitment against the parent's of the same unit (and, for a rate, against the national one too). */
  comparisons: Comparison[];
  /** For a count: the rows below it summed against each of its commitments (composites, which overlap, left out). */
  sums: ChildSum[];
}

export interface CrossLevelResult {
  indicator: Indicator;
  /** National first, then each province and what lies below it, depth first, by code. */
  rows: CrossLevelRow[];
  /** No document commits to the indicator: the table and the map have nothing to show. */
  empty: boolean;
  /** Documents whose region is unknown, left out. */
  unplaced: string[];
}

const DEPTH: Record<AdminLevel, number> = { country: 0, province: 1, prefecture: 2, county: 3 };

/**
 * What each level commits to on one indicator, national → province → prefecture → county, with shares of the
 * parent's count, rates above or below the parent's and the national one, laxer targets flagged, lower counts
 * summed against the parent's, and regions that have a document but commit to nothing. Values of different
 * units (households, compounds) stand side by side and are never summed or compared. Null for an unknown id.
 */
export function crossLevel(docs: readonly IndicatorDocument[], indicatorId: string, registry: readonly Indicator[] = INDICATORS): CrossLevelResult | null {
  const indicator = registry.find((i) => i.id === indicatorId);
  if (!indicator) return null;
  const { commitments, regions, documentsByRegion, unplaced } = indicatorCommitments(docs, indicatorId);
  const rows = new Map<string, CrossLevelRow>();
  for (const r of regions.values()) {
    const own = commitments
      .filter((c) => c.regionKey === r.key)
      .sort((a, b) => unitRank(indicator, a.unit) - unitRank(indicator, b.unit) || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
    rows.set(r.key, { key: r.key, name: r.name, level: r.level, depth: 0, parentKey: null, documents: documentsByRegion.get(r.key) ?? [], commitments: own, silent: own.length === 0, comparisons: [], sums: [] });
  }
  for (const row of rows.values()) {
    const region = regions.get(row.key)!;
    row.parentKey = region.parentKey ?? (region.code ? (ancestorsOf(region.code).find((a) => rows.has(a)) ?? null) : null);
  }
  const ordered = depthFirst(rows);
  const national = rows.get(CHINA_CODE);
  for (const row of ordered) {
    const parent = row.parentKey ? rows.get(row.parentKey)! : null;
    row.depth = row.level === 'composite' ? (parent ? parent.depth + 1 : 0) : DEPTH[row.level];
    for (const c of row.commitments) {
      const p = parent && counterpart(parent.commitments, c.unit, c.deadline);
      if (parent && p) row.comparisons.push(compareCommitment(indicator, c, p, parent.key, 'parent'));
      const n = indicator.kind === 'rate' && national && national !== parent && national !== row ? counterpart(national.commitments, c.unit, c.deadline) : null;
      if (n) row.comparisons.push(compareCommitment(indicator, c, n, CHINA_CODE, 'national'));
    }
    if (indicator.kind !== 'count') continue;
    const children = ordered.filter((r) => r.parentKey === row.key && r.level !== 'composite');
    for (const c of row.commitments) {
      const sum = sumChildren(c, children);
      if (sum) row.sums.push(sum);
    }
  }
  return { indicator, rows: ordered, empty: commitments.length === 0, unplaced };
}

/** Rows in table order: each region followed by what lies below it, siblings by code (composites after units). */
function depthFirst(rows: Map<string, CrossLevelRow>): CrossLevelRow[] {
  const byParent = new Map<string | null, CrossLevelRow[]>();
  for (const r of rows.values()) byParent.set(r.parentKey, [...(byParent.get(r.parentKey) ?? []), r]);
  const sortKey = (r: CrossLevelRow) => `${r.level === 'composite' ? 1 : 0}${r.key}`;
  const out: CrossLevelRow[] = [];
  const visit = (key: string | null) => {
    for (const r of (byParent.get(key) ?? []).sort((a, b) => sortKey(a).localeCompare(sortKey(b)))) {
      out.push(r);
      visit(r.key);
    }
  };
  visit(null);
  return out;
}
