import type { CompositeRegion } from '../domain/region.ts';
import { normalizeName } from '../regions/normalize-name.ts';
import type { CompositeName } from './gazetteer.ts';

/**
 * The names composites go by in text: each region's zh name, aliases and per-version names, as written and in
 * the punctuation-free form (杭州、宁波“双城记” and 杭州宁波双城记), for the gazetteer's scanner.
 */
export function compositeLexicon(regions: readonly CompositeRegion[]): CompositeName[] {
  const out: CompositeName[] = [];
  for (const r of regions) {
    const names = new Set([r.zh, ...r.aliases, ...r.versions.map((v) => (v as { name?: string }).name).filter((n): n is string => !!n)]);
    for (const n of names) {
      for (const form of new Set([n, normalizeName(n)])) out.push({ name: form, regionId: r.id, kind: r.kind });
    }
  }
  return out;
}
