import type { DivisionTree } from '../domain/division-tree.ts';
import type { CompositeRegion } from '../domain/region.ts';
import { versionAt } from '../regions/version-at.ts';
import type { RegistryRegion } from '../regions/registry-types.ts';

/** Where composites lie in the division tree: their members on a date, and the lowest unit holding them all. */
export class CompositeGeography {
  private readonly byId = new Map<string, RegistryRegion>();
  private readonly childrenOf = new Map<string, string[]>();

  constructor(
    regions: readonly CompositeRegion[],
    readonly tree: DivisionTree,
  ) {
    for (const r of regions) {
      this.byId.set(r.id, r as RegistryRegion);
      if (r.parent) this.childrenOf.set(r.parent, [...(this.childrenOf.get(r.parent) ?? []), r.id]);
    }
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  region(id: string): RegistryRegion | undefined {
    return this.byId.get(id);
  }

  /**
   * Member codes in the version in force on `date`. A group defined through its parts (一体化合作先行区, the
   * national pilot zones) has the members of its parts.
   */
  membersOf(id: string, date: string | null): string[] {
    const region = this.byId.get(id);
    if (!region) return [];
    const own = versionAt(region, date ?? undefined).version.members.map((m) => m.code);
    if (own.length) return own;
    return [...new Set((this.childrenOf.get(id) ?? []).flatMap((child) => this.membersOf(child, date)))];
  }

  /** The lowest administrative unit holding every member (陕西 for 西安都市圈; China for 关中平原城市群). */
  containerOf(id: string, date: string | null): string {
    return this.tree.commonAncestor(this.membersOf(id, date));
  }
}
