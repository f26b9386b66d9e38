import type { Commitment } from './commitments.ts';
import type { Indicator } from './types.ts';

/** How a lower region's count stands against its parent's: 洋县's 2,500人次 are 1.25% of 陕西's 20万人次. */
export interface ShareComparison {
  kind: 'share';
  unit: string;
  value: number;
  parentKey: string;
  parentValue: number;
  /** value / parentValue; above 1 when the lower level commits to more than its parent. */
  share: number;
  parentDeadline: string | null;
  sameDeadline: boolean;
}

/** How a lower region's rate stands against its parent's or the national one: above, below, or laxer. */
export interface RateComparison {
  kind: 'rate';
  against: 'parent' | 'national';
  unit: string;
  value: number;
  parentKey: string;
  parentValue: number;
  /** value − parentValue, in the unit (percentage points for %). */
  difference: number;
  relation: 'above' | 'below' | 'equal';
  /** Less ambitious than the upper level's, by the indicator's better direction. */
  laxer: boolean;
  parentDeadline: string | null;
  sameDeadline: boolean;
}

export type Comparison = ShareComparison | RateComparison;

/** Lower regions' counts summed against their parent's: the vertical check the table shows under a parent. */
export interface ChildSum {
  unit: string;
  value: number;
  deadline: string | null;
  /** The lower regions that commit, and their total. */
  children: string[];
  childrenTotal: number;
  /** childrenTotal / value. */
  share: number;
  /** Every summed value has the parent's deadline. */
  sameDeadline: boolean;
}

/**
 * The commitment of `candidates` in `unit` that is best compared with one due by `deadline`: the same deadline,
 * else the nearest year (the later on a tie), undated last. Different units are never compared.
 */
export function counterpart(candidates: readonly Commitment[], unit: string, deadline: string | null): Commitment | null {
  const year = (d: string | null) => (d === null ? null : Number(d.slice(0, 4)));
  const rank = (c: Commitment): [number, number, number] => {
    if (c.deadline === deadline) return [0, 0, 0];
    const a = year(c.deadline);
    const b = year(deadline);
    return a === null || b === null ? [2, 0, 0] : [1, Math.abs(a - b), -a];
  };
  const before = (x: Commitment, y: Commitment) => {
    const [rx, ry] = [rank(x), rank(y)];
    for (let i = 0; i < 3; i++) if (rx[i] !== ry[i]) return rx[i]! < ry[i]!;
    return false;
  };
  return candidates.filter((c) => c.unit === unit).reduce<Commitment | null>((best, c) => (best === null || before(c, best) ? c : best), null);
}

/** A lower commitment against an upper one of the same unit, as the indicator's kind reads it. */
export function compareCommitment(
  indicator: Indicator,
  child: Commitment,
  parent: Commitment,
  parentKey: string,
  against: 'parent' | 'national',
): Comparison {
  const common = { unit: child.unit, value: child.value, parentKey, parentValue: parent.value, parentDeadline: parent.deadline, sameDeadline: parent.deadline === child.deadline };
  if (indicator.kind === 'count') return { kind: 'share', ...common, share: child.value / parent.value };
  const difference = round(child.value - parent.value);
  const relation = difference > 0 ? 'above' : difference < 0 ? 'below' : 'equal';
  const laxer = indicator.better === 'higher' ? difference < 0 : difference > 0;
  return { kind: 'rate', against, ...common, difference, relation, laxer };
}

/** Sums the lower regions' commitments in the parent's unit, each the counterpart of the parent's deadline. */
export function sumChildren(parent: Commitment, children: ReadonlyArray<{ key: string; commitments: readonly Commitment[] }>): ChildSum | null {
  const matched = children.flatMap((ch) => {
    const c = counterpart(ch.commitments, parent.unit, parent.deadline);
    return c ? [{ key: ch.key, c }] : [];
  });
  if (matched.length === 0) return null;
  const childrenTotal = round(matched.reduce((s, m) => s + m.c.value, 0));
  return {
    unit: parent.unit,
    value: parent.value,
    deadline: parent.deadline,
    children: matched.map((m) => m.key),
    childrenTotal,
    share: childrenTotal / parent.value,
    sameDeadline: matched.every((m) => m.c.deadline === parent.deadline),
  };
}

function round(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}
