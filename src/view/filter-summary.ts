import { CATEGORIES } from '../domain/categories.ts';
import type { DocumentLevel } from '../domain/document.ts';
import { isFiltered, type Filters, type LinkFilter } from '../domain/filters.ts';
import type { Lang } from '../i18n/lang.ts';
import { t, tf, type StringKey } from '../i18n/strings.ts';

const ISSUER_KEY: Record<DocumentLevel, StringKey> = {
  national: 'issuerNational',
  province: 'issuerProvince',
  prefecture: 'issuerPrefecture',
  county: 'issuerCounty',
};

const LINK_KEY: Record<LinkFilter, StringKey> = {
  'carries-national': 'linkFilterCarriesNational',
  'carries-province': 'linkFilterCarriesProvince',
  'national-taken': 'linkFilterNationalTaken',
  'national-untaken': 'linkFilterNationalUntaken',
};

/** What a link filter keeps: 落实国家任务的任务, National tasks no province takes up. */
export function linkFilterName(f: LinkFilter, lang: Lang): string {
  return t(lang, LINK_KEY[f]);
}

/** The name of an issuing level: 国家, 省级, 市级, 县级. */
export function issuerLevelName(level: DocumentLevel, lang: Lang): string {
  return t(lang, ISSUER_KEY[level]);
}

/** One line naming the active filters, or "all tasks": for the legend, the filter bar, exports and steps. */
export function filterSummary(f: Filters, lang: Lang): string {
  if (!isFiltered(f)) return t(lang, 'noFilter');
  const sep = t(lang, 'summaryItemSeparator');
  const parts: string[] = [];
  if (f.categories.length) parts.push(f.categories.map((id) => CATEGORIES.find((c) => c.id === id)![lang]).join(sep));
  if (f.documents.length) parts.push(tf(lang, 'summaryDocuments', { n: f.documents.length }));
  if (f.levels.length) parts.push(f.levels.map((l) => issuerLevelName(l, lang)).join('/'));
  if (f.departments.length) parts.push(f.departments.join(sep));
  if (f.hasTarget) parts.push(t(lang, 'summaryHasTarget'));
  if (f.years[0] !== null || f.years[1] !== null) parts.push(`${f.years[0] ?? '…'}–${f.years[1] ?? '…'}`);
  if (f.text.trim()) parts.push(`“${f.text.trim()}”`);
  if (f.links.length) parts.push(f.links.map((l) => linkFilterName(l, lang)).join(t(lang, 'linkFilterOr')));
  if (f.indicators.length) parts.push(tf(lang, 'summaryIndicators', { n: f.indicators.length }));
  return `${t(lang, 'filters')}: ${parts.join(' · ')}`;
}
