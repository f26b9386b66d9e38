import { CATEGORIES } from '../domain/categories.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import type { CatalogEntry } from '../state/metrics/indicator-catalog.ts';

/** A group of the picker's list: a theme, the documents' headline goals, or what no document holds. */
export interface OptionGroup {
  id: string;
  label: string;
  entries: CatalogEntry[];
}

/** Lower-cased, spaces and the registry's punctuation dropped: 5G基站 is found as "5g", "5g 基站" or "基站". */
const fold = (s: string) => s.toLowerCase().replace(/[\s\-_/（）()·、]+/g, '');

/** Whether an entry matches every word of the query, in either language or its id. */
export function matchesQuery(entry: CatalogEntry, query: string): boolean {
  const { indicator } = entry;
  const hay = fold(`${indicator.zh}|${indicator.en}|${indicator.id}|${indicator.units.map((u) => `${u.zh}|${u.en}`).join('|')}`);
  return query
    .split(/\s+/)
    .map(fold)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

/**
 * The picker's list: the indicators documents commit to, grouped by the category of the tasks that commit to them
 * (in the filter bar's order), then those only a document's headline goals hold, then, greyed, those no document
 * holds. Registry order within a group. Empty groups are left out.
 */
export function optionGroups(catalog: readonly CatalogEntry[], query: string, lang: Lang): OptionGroup[] {
  const shown = catalog.filter((e) => matchesQuery(e, query));
  const groups: OptionGroup[] = CATEGORIES.map((c) => ({ id: c.id, label: c[lang], entries: shown.filter((e) => e.regions > 0 && e.category === c.id) }));
  groups.push({ id: 'headline', label: t(lang, 'indicatorGroupHeadline'), entries: shown.filter((e) => e.regions > 0 && e.category === null) });
  groups.push({ id: 'unheld', label: t(lang, 'indicatorGroupUnheld'), entries: shown.filter((e) => e.regions === 0) });
  return groups.filter((g) => g.entries.length > 0);
}
