import { quantile } from 'd3-array';

/** Colour classes of a choropleth: upper bounds (inclusive) and one colour per class. */
export interface Classes {
  /** Class k holds values in (bounds[k-1], bounds[k]]; the first class starts at 1. */
  bounds: number[];
  colors: string[];
  /** Colour of regions with no task. */
  zero: string;
}

/**
 * ColorBrewer YlGnBu (Cynthia Brewer, colorbrewer2.org, Apache-2.0), the 4-, 5- and 6-class sequences: colour-blind
 * safe and printable. Written out rather than imported: d3-scale-chromatic would add 18 KB for three arrays.
 */
const YL_GN_BU: Record<number, readonly string[]> = {
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
};

/** Up to five classes, from a colour-blind-safe sequential scheme (ColorBrewer YlGnBu). */
export const MAX_CLASSES = 5;
export const ZERO_COLOR = '#eeeeea';

/**
 * Classes for task counts: quantile breaks of the non-zero values, rounded to whole tasks and de-duplicated, so a
 * few regions with many tasks do not wash out the rest. Zero is its own class.
 */
export function choroplethClasses(values: ArrayLike<number>): Classes {
  const nonZero = Array.from(values).filter((v) => v > 0).sort((a, b) => a - b);
  if (nonZero.length === 0) return { bounds: [], colors: [], zero: ZERO_COLOR };
  const max = nonZero[nonZero.length - 1]!;
  const bounds: number[] = [];
  for (let k = 1; k <= MAX_CLASSES; k++) {
    const b = k === MAX_CLASSES ? max : Math.round(quantile(nonZero, k / MAX_CLASSES) ?? max);
    if (b >= 1 && (bounds.length === 0 || b > bounds[bounds.length - 1]!)) bounds.push(b);
  }
  if (bounds[bounds.length - 1] !== max) bounds.push(max);
  // One class more than needed, dropping the palest, so the first class stands apart from the zero grey.
  const scheme = YL_GN_BU[Math.max(3, bounds.length + 1)]!;
  return { bounds, colors: scheme.slice(scheme.length - bounds.length), zero: ZERO_COLOR };
}

/** The colour of one value. */
export function classColor(classes: Classes, value: number): string {
  if (value <= 0) return classes.zero;
  for (let k = 0; k < classes.bounds.length; k++) if (value <= classes.bounds[k]!) return classes.colors[k]!;
  return classes.colors[classes.colors.length - 1] ?? classes.zero;
}

/** "1", "2–4", "5–12" … for the legend. */
export function classLabels(classes: Classes): string[] {
  return classes.bounds.map((b, k) => {
    const from = k === 0 ? 1 : classes.bounds[k - 1]! + 1;
    return from === b ? `${b}` : `${from}–${b}`;
  });
}
