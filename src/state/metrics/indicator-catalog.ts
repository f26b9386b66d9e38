import { CATEGORY_IDS, type CategoryId } from '../../domain/categories.ts';
import type { ExtractedDocument } from '../../domain/task.ts';
import { INDICATORS } from '../../indicators/registry.ts';
import { documentRegion, targetRegion } from '../../indicators/target-region.ts';
import type { Indicator } from '../../indicators/types.ts';
import { memoLast } from '../../lib/memo.ts';
import type { AppState } from '../store.ts';

/** One indicator as the picker offers it: how many regions commit to it, and the theme it is grouped under. */
export interface CatalogEntry {
  indicator: Indicator;
  /** Regions with a commitment (a document's own, or a place its clause names). 0: no document holds it. */
  regions: number;
  /**
   * The category most of the tasks that commit to it have (就业与培训 for 农民工补贴性培训); null when only a
   * document's headline targets do (常住人口城镇化率 in 浙江's preface), or none does.
   */
  category: CategoryId | null;
}

/**
 * Every registered indicator with what the documents hold of it, in one pass over their targets: the picker's
 * groups and its marks for indicators no document commits to. Registry order within a theme.
 */
export function indicatorCatalog(docs: readonly ExtractedDocument[], registry: readonly Indicator[] = INDICATORS): CatalogEntry[] {
  const regions = new Map<string, Set<string>>();
  const categories = new Map<string, number[]>();
  const add = (id: string, region: string, cats: readonly CategoryId[]) => {
    regions.set(id, (regions.get(id) ?? new Set()).add(region));
    const counts = categories.get(id) ?? new Array<number>(CATEGORY_IDS.length).fill(0);
    for (const c of cats) counts[CATEGORY_IDS.indexOf(c)]!++;
    categories.set(id, counts);
  };
  for (const doc of docs) {
    const issuer = documentRegion(doc.document);
    if (!issuer) continue;
    for (const f of doc.framing ?? []) for (const t of f.targets) if (t.indicator) add(t.indicator.id, issuer.key, []);
    for (const task of doc.tasks) {
      for (const t of task.targets) if (t.indicator) add(t.indicator.id, targetRegion(t, task.places, issuer).key, task.categories);
    }
  }
  return registry.map((indicator) => {
    const counts = categories.get(indicator.id) ?? [];
    const top = Math.max(0, ...counts);
    return { indicator, regions: regions.get(indicator.id)?.size ?? 0, category: top > 0 ? CATEGORY_IDS[counts.indexOf(top)]! : null };
  });
}

const catalogOf = memoLast((docs: readonly ExtractedDocument[]) => indicatorCatalog(docs));

/** The catalog of the loaded documents, or null before the tasks are in. */
export function selectIndicatorCatalog(s: AppState): CatalogEntry[] | null {
  return s.data ? catalogOf(s.data.table.documents) : null;
}
