import type { Lang } from '../i18n/lang.ts';
import { t, tf } from '../i18n/strings.ts';
import type { Commitment } from '../indicators/commitments.ts';
import type { ChildSum, Comparison } from '../indicators/compare-levels.ts';
import type { Indicator } from '../indicators/types.ts';
import { formatDeadline } from '../lib/deadline-period.ts';
import { boundMark, formatQuantity } from '../lib/format-quantity.ts';

/**
 * A committed unit as a reader names it. Short, it is the unit as the plans write it (个, 户, 人次) in Chinese and
 * the registry's English name; long, the registry's reading in both (个小区 / compounds), for the places that set
 * two units apart. A per-year figure keeps its `/年` (`人/年` → 人/年, people/yr).
 */
export function unitLabel(indicator: Indicator, unit: string, lang: Lang, long = false): string {
  const [base, per] = unit.split('/');
  const known = indicator.units.find((u) => u.unit === base);
  const name = lang === 'en' ? (known?.en ?? base!) : long && known ? known.zh : base!;
  return per === undefined ? name : `${name}/${t(lang, 'indicatorPerYear')}`;
}

/** 20万 人次, ≥600万 人次, 1–2 个 (no deadline): a committed value in its unit. */
export function commitmentValue(indicator: Indicator, c: Pick<Commitment, 'value' | 'max' | 'unit' | 'bound' | 'approx'>, lang: Lang, long = false): string {
  return `${boundMark(c)}${formatQuantity(c.value, unitLabel(indicator, c.unit, lang, long), lang, c.max)}`;
}

/** 2023年 / 2023, or that the wording gives none. */
export function deadlineText(deadline: string | null, lang: Lang): string {
  return deadline ? formatDeadline(deadline, lang) : t(lang, 'indicatorNoDeadline');
}

/** 20万 人次 · 2023年: a value with its deadline, as the map's labels and the tooltip show it. */
export function commitmentText(indicator: Indicator, c: Commitment, lang: Lang, long = false): string {
  return `${commitmentValue(indicator, c, lang, long)} · ${deadlineText(c.deadline, lang)}`;
}

/** A share as a percentage to three figures: 0.0125 → 1.25%, 0.119 → 11.9%. */
export function formatShare(share: number): string {
  return `${Number((share * 100).toPrecision(3))}%`;
}

/**
 * How a lower commitment stands against the one above it, in words: 为陕西省的 1.25% (期限不同 …), 比全国高 2 个百分点,
 * 比陕西省宽松. `parentName` names the upper region in the interface language.
 */
export function comparisonText(indicator: Indicator, cmp: Comparison, parentName: string, lang: Lang): string {
  const deadline = cmp.sameDeadline ? '' : tf(lang, 'indicatorOtherDeadline', { parent: parentName, deadline: deadlineText(cmp.parentDeadline, lang) });
  if (cmp.kind === 'share') return `${tf(lang, 'indicatorShareOf', { parent: parentName, share: formatShare(cmp.share) })}${deadline}`;
  const unit = cmp.unit === '%' ? t(lang, 'indicatorPoints') : unitLabel(indicator, cmp.unit, lang);
  const d = formatQuantity(Math.abs(cmp.difference), unit, lang);
  const key = cmp.relation === 'above' ? 'indicatorAbove' : cmp.relation === 'below' ? 'indicatorBelow' : 'indicatorEqual';
  const laxer = cmp.laxer ? `${t(lang, 'indicatorListSeparator')}${tf(lang, 'indicatorLaxer', { parent: parentName })}` : '';
  return `${tf(lang, key, { parent: parentName, d })}${laxer}${deadline}`;
}

/** 下级合计 2500 人次（1 个地区），为本级的 1.25%: lower levels summed against a commitment. */
export function sumText(indicator: Indicator, sum: ChildSum, lang: Lang): string {
  const total = formatQuantity(sum.childrenTotal, unitLabel(indicator, sum.unit, lang, true), lang);
  const text = tf(lang, 'indicatorSum', { total, n: sum.children.length, share: formatShare(sum.share) });
  return sum.sameDeadline ? text : `${text}${t(lang, 'indicatorSumDeadlines')}`;
}
