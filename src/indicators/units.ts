import type { Indicator } from './types.ts';

/** Names of one unit (千米 is 公里, 平米 is 平方米). */
const SAME: Record<string, string> = { 千米: '公里', km: '公里', 平米: '平方米', '㎡': '平方米', '％': '%', 百分点: '个百分点' };

/** Units of one dimension, as multiples of the first: a value converts to any unit of its dimension. */
const DIMENSIONS: ReadonlyArray<Record<string, number>> = [
  { 公里: 1, 米: 1e-3 },
  { 公顷: 1, 平方米: 1e-4, 平方公里: 100, 亩: 1 / 15 },
];

/** Magnitudes written into a unit rather than the number (万人次, 亿元), largest first. */
const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];

export interface Converted {
  value: number;
  max?: number;
  unit: string;
}

/**
 * A target's value in one of the indicator's units, or null when the target's unit is not one of them (a count
 * of 老旧小区 in 亿元 is an investment, not a count). Magnitudes in the unit are multiplied out (万套 → 套), other
 * names of a unit are its own (千米 → 公里), the indicator's aliases apply (座 → 个 for base stations), and lengths
 * and areas convert within their dimension (平方米 → 公顷).
 */
export function toIndicatorUnit(value: number, max: number | undefined, unit: string, indicator: Indicator): Converted | null {
  const wanted = new Set(indicator.units.map((u) => u.unit));
  const known = (u: string) => wanted.has(u) || u in indicator.unitAliases || DIMENSIONS.some((d) => u in d);
  let factor = 1;
  let u = SAME[unit] ?? unit;
  if (!known(u)) {
    const mag = MAGNITUDES.find(([m]) => u.startsWith(m) && u.length > m.length);
    if (!mag) return null;
    factor = mag[1];
    u = SAME[u.slice(mag[0].length)] ?? u.slice(mag[0].length);
  }
  u = indicator.unitAliases[u] ?? u;
  if (!wanted.has(u)) {
    const dim = DIMENSIONS.find((d) => u in d);
    const target = dim && indicator.units.find((w) => w.unit in dim);
    if (!dim || !target) return null;
    factor *= dim[u]! / dim[target.unit]!;
    u = target.unit;
  }
  const out: Converted = { value: round(value * factor), unit: u };
  if (max !== undefined) out.max = round(max * factor);
  return out;
}

/** Removes float noise from scaling (1.1 × 1e4 = 11000.000000000002). */
function round(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}

/** Order of a committed unit for display: the indicator's units in registry order, each total before its per-year form. */
export function unitRank(indicator: Indicator, unit: string): number {
  const i = indicator.units.findIndex((x) => unit === x.unit || unit.startsWith(`${x.unit}/`));
  return (i < 0 ? indicator.units.length : i) * 2 + (unit.includes('/') ? 1 : 0);
}
