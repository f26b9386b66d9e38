import type { Lang } from '../i18n/lang.ts';
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

  /**
   * Regions whose name contains the query, for search (Chinese, English or an alias, any case): exact names
   * first, then names starting with it, then the rest, shorter names first (洋县 before 沙洋县).
   */
  search(query: string, keys: Iterable<string>, limit = 20): string[] {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const scored: Array<{ key: string; rank: number; length: number }> = [];
    for (const key of keys) {
      const names = [this.name(key, 'zh') ?? '', (this.name(key, 'en') ?? '').toLowerCase(), ...(this.composites.get(key)?.aliases ?? [])];
      let rank = 3;
      for (const n of names) {
        if (!n) continue;
        if (n === q) rank = Math.min(rank, 0);
        else if (n.startsWith(q)) rank = Math.min(rank, 1);
        else if (n.includes(q)) rank = Math.min(rank, 2);
      }
      if (rank < 3) scored.push({ key, rank, length: (this.name(key, 'zh') ?? '').length });
    }
    scored.sort((a, b) => a.rank - b.rank || a.length - b.length);
    return scored.slice(0, limit).map((s) => s.key);
  }
}
