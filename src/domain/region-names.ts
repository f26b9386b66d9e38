import type { Lang } from '../state/view-state.ts';
import type { DivisionTree } from './division-tree.ts';
import type { CompositeRegion } from './region.ts';

/** Names of any region key (an admin code or a composite id), in either language. */
export class RegionNames {
  private readonly composites = new Map<string, CompositeRegion>();

  constructor(
    private readonly tree: DivisionTree,
    composites: readonly CompositeRegion[],
  ) {
    for (const c of composites) this.composites.set(c.id, c);
  }

  has(key: string): boolean {
    return this.tree.has(key) || this.composites.has(key);
  }

  /** The name in one language; null for an unknown key. */
  name(key: string, lang: Lang): string | null {
    const c = this.composites.get(key);
    if (c) return lang === 'en' ? c.en : c.zh;
    return (lang === 'en' ? this.tree.englishNameOf(key) : this.tree.nameOf(key)) ?? null;
  }

  /** Both names, the interface language first: "洋县 Yang County" / "Yang County 洋县". */
  both(key: string, lang: Lang): string {
    const zh = this.name(key, 'zh') ?? key;
    const en = this.name(key, 'en');
    if (!en || en === zh) return zh;
    return lang === 'en' ? `${en} ${zh}` : `${zh} ${en}`;
  }

  composite(key: string): CompositeRegion | undefined {
    return this.composites.get(key);
  }

  /** Every region whose name contains the query, for search (Chinese or English, any case). */
  search(query: string, keys: Iterable<string>, limit = 20): string[] {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const out: string[] = [];
    for (const key of keys) {
      const zh = this.name(key, 'zh') ?? '';
      const en = (this.name(key, 'en') ?? '').toLowerCase();
      const aliases = this.composites.get(key)?.aliases ?? [];
      if (zh.includes(q) || en.includes(q) || aliases.some((a) => a.includes(q))) out.push(key);
      if (out.length >= limit) break;
    }
    return out;
  }
}
