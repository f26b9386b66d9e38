import { parseChineseNumeral } from './chinese-numerals.ts';

const MAGNITUDE: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 千万: 1e7, 百万: 1e6, 亿: 1e8, 万: 1e4, 千: 1e3 };

/**
 * A number as written: Arabic or Chinese digits, then an optional magnitude (万, 亿, 万亿 …). Bounded runs that
 * start where a number starts: an unbounded \d+ tried at every digit of a long run of digits is quadratic.
 */
export const NUMBER_SOURCE = String.raw`(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d{1,15})(?:\.\d{1,10})?(?:万亿|千亿|百亿|千万|百万|亿|万|千)?|[零〇一二两三四五六七八九十百千]{1,12}(?:万亿|亿|万)?`;

/** A value or a range (1-2, 1—2, 1～2, 1至2). */
export const QUANTITY_SOURCE = `(${NUMBER_SOURCE})(?:\\s*[-－—–~～至到]\\s*(${NUMBER_SOURCE}))?`;

/**
 * Value of a written number: "20万" → 200000, "1.8万" → 18000, "1.6万亿" → 1.6e12, "1,500" → 1500, "二十" → 20,
 * "百亿" → 1e10. NaN when it is not a number.
 */
export function parseNumber(written: string): number {
  const s = written.replace(/\s+/g, '');
  const m = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万亿|千亿|百亿|千万|百万|亿|万|千)?$/.exec(s);
  if (m) return round(Number(m[1]!.replace(/,/g, '')) * (m[2] ? MAGNITUDE[m[2]]! : 1));
  // Chinese numerals, with a magnitude after them (百亿 is 百 × 亿).
  const c = /^([零〇一二两三四五六七八九十百千]+)(万亿|亿|万)?$/.exec(s);
  if (!c) return NaN;
  const head = c[1]!;
  const mag = c[2] ? MAGNITUDE[c[2]]! : 1;
  const v = parseChineseNumeral(head);
  return Number.isFinite(v) ? round(v * mag) : NaN;
}

/** Parses "1-2", "1—2", "600" into [low, high]; high is undefined for a single value. */
const QUANTITY_WHOLE = new RegExp(`^${QUANTITY_SOURCE}$`);

export function parseRange(written: string): [number, number | undefined] {
  const m = QUANTITY_WHOLE.exec(written.replace(/\s+/g, ''));
  if (!m) return [NaN, undefined];
  const low = parseNumber(m[1]!);
  if (m[2] === undefined) return [low, undefined];
  let high = parseNumber(m[2]);
  // "1-2万" scales both ends by the magnitude written once, at the end.
  const mag = /(万亿|亿|万|千)$/.exec(m[2])?.[1];
  const lowMag = /(万亿|亿|万|千)$/.exec(m[1]!)?.[1];
  const lowScaled = mag && !lowMag ? parseNumber(`${m[1]}${mag}`) : low;
  if (!Number.isFinite(high)) high = NaN;
  return [lowScaled, high];
}

/** Removes float noise from scaling (1.1 × 1e4 = 11000.000000000002). */
function round(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}
