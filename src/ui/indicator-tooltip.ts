import { CHINA_CODE, ancestorsOf } from '../domain/admin-code.ts';
import { t } from '../i18n/strings.ts';
import { indicatorCode } from '../state/metrics/indicator-loader.ts';
import type { AppState } from '../state/store.ts';
import { commitmentText, comparisonText } from '../view/indicator-text.ts';
import { h } from './dom.ts';

/** Commitments below a region the tooltip names before it says "and more". */
const BELOW = 3;

/**
 * The hover card's lines for the chosen indicator: what the region commits to (every unit, each with its deadline)
 * and how that stands against the level above, or that it has a document and commits to nothing, or no document;
 * then what the regions below it commit to (洋县 under 陕西). Null when no indicator is shown.
 */
export function indicatorTooltip(s: AppState, key: string): HTMLElement | null {
  const code = indicatorCode();
  const m = code?.selectIndicatorMap(s);
  if (!code || !m || !s.data) return null;
  const { indicator } = m.result;
  const lang = s.lang;
  const nameOf = (k: string) => (k === CHINA_CODE ? t(lang, 'levelCountry') : (s.data!.names.name(k, lang) ?? m.rows.get(k)?.name ?? k));
  const row = m.rows.get(key);
  const status = m.result.empty ? 'none' : code.indicatorStatus(m, key);
  const lines: Array<HTMLElement> = [];
  if (row && row.commitments.length) {
    for (const c of row.commitments) lines.push(h('div', { class: 'tooltip-commitment' }, commitmentText(indicator, c, lang, true)));
    for (const cmp of row.comparisons) lines.push(h('div', { class: cmp.kind === 'rate' && cmp.laxer ? 'tooltip-compare laxer' : 'tooltip-compare' }, comparisonText(indicator, cmp, nameOf(cmp.parentKey), lang)));
  } else {
    lines.push(h('div', { class: 'tooltip-commitment none' }, t(lang, status === 'silent' ? 'indicatorStatusSilent' : 'indicatorStatusNone')));
  }
  const below = m.result.rows.filter((r) => r.commitments.length > 0 && r.key !== key && isBelow(r.key, key, m.rows));
  if (below.length) {
    const items = below.slice(0, BELOW).map((r) => `${nameOf(r.key)} ${commitmentText(indicator, r.commitments[0]!, lang, true)}`);
    if (below.length > BELOW) items.push('…');
    lines.push(h('div', { class: 'tooltip-below' }, `${t(lang, 'indicatorBelowCommit')}${t(lang, 'indicatorColon')}${items.join(t(lang, 'indicatorListSeparator'))}`));
  }
  return h('div', { class: 'tooltip-indicator' }, h('div', { class: 'tooltip-indicator-name' }, indicator[lang]), ...lines);
}

/** Whether a region lies below `key`: a unit within it (洋县 in 汉中, though 汉中 has no row), or a composite its document names. */
function isBelow(rowKey: string, key: string, rows: ReadonlyMap<string, { parentKey: string | null }>): boolean {
  if (/^\d{6}$/.test(rowKey)) return /^\d{6}$/.test(key) && ancestorsOf(rowKey).includes(key);
  for (let p = rows.get(rowKey)?.parentKey ?? null; p !== null; p = rows.get(p)?.parentKey ?? null) if (p === key) return true;
  return false;
}
