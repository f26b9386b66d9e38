/**
 * Numbers as a reader of either language expects them. Chinese groups by 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²),
 * the way the plans write them (20万人次, 1.6万亿元), and uses no thousands separator below 万. English groups
 * by thousands and names millions and above, since 1,600,000,000,000 cannot be read at a glance.
 */
export type NumberLang = 'zh' | 'en';

const ZH_STEPS: ReadonlyArray<readonly [number, string]> = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];
const EN_STEPS: ReadonlyArray<readonly [number, string]> = [
  [1e12, ' trillion'],
  [1e9, ' billion'],
  [1e6, ' million'],
];
const EN_GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Up to four decimals, trailing zeros dropped: exact for every value the plans write (1.8万, 1.2345万). */
function trim(x: number): string {
  return String(Number(x.toFixed(4)));
}

/**
 * @example formatNumber(200000, 'zh') // '20万'
 * @example formatNumber(200000, 'en') // '200,000'
 * @example formatNumber(1.6e12, 'en') // '1.6 trillion'
 */
export function formatNumber(value: number, lang: NumberLang): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const [step, word] of lang === 'zh' ? ZH_STEPS : EN_STEPS) if (abs >= step) return `${sign}${trim(abs / step)}${word}`;
  return lang === 'zh' ? `${sign}${trim(abs)}` : EN_GROUPED.format(value);
}

/** A value or a range (1–2), formatted. */
export function formatRange(value: number, max: number | undefined, lang: NumberLang): string {
  return max === undefined || max === value ? formatNumber(value, lang) : `${formatNumber(value, lang)}–${formatNumber(max, lang)}`;
}

/** Units written straight after the number; every other unit is set off by a space (60.9 公里, 20万 人次). */
const ATTACHED = new Set(['%', '％', '‰']);

/**
 * @example formatQuantity(90, '%', 'zh') // '90%'
 * @example formatQuantity(60.9, '公里', 'zh') // '60.9 公里'
 */
export function formatQuantity(value: number, unit: string, lang: NumberLang, max?: number): string {
  const n = formatRange(value, max, lang);
  if (!unit) return n;
  return ATTACHED.has(unit) ? `${n}${unit}` : `${n} ${unit}`;
}

const BOUND_MARK = { '>=': '≥', '<=': '≤', '=': '' } as const;

/** ≥ for 以上, ≤ for 以下, ≈ for 左右/约: how a target's clause qualifies its number. */
export function boundMark(target: { bound: keyof typeof BOUND_MARK; approx: boolean }): string {
  return target.approx ? '≈' : BOUND_MARK[target.bound];
}
