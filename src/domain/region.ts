/** Kinds of composite regions: not administrative units, defined by plans. */
export type CompositeKind = 'cluster' | 'metro' | 'group' | 'zone' | 'pilot' | 'region';

export const COMPOSITE_KINDS: readonly CompositeKind[] = ['cluster', 'metro', 'group', 'zone', 'pilot', 'region'];

/** A plan text that defines a composite's extent. */
export interface DefiningSource {
  title: string;
  issuer: string;
  /** ISO date of issue. */
  date: string;
  docNumber?: string;
  /** Where in the plan the membership is listed (chapter/section), when useful. */
  where?: string;
}

export interface CompositeMember {
  /** GB/T 2260 code at the level the plan lists (county where it lists counties). Current (2023) codes. */
  code: string;
  name: string;
  /** True when the plan includes only part of this unit (some towns of a county, say). */
  partial?: boolean;
  note?: string;
}

/** One official definition of a composite, in force from `validFrom` until the next version's. */
export interface CompositeVersion {
  id: string;
  validFrom: string;
  source: DefiningSource;
  members: CompositeMember[];
  note?: string;
}

export interface CompositeRegion {
  id: string;
  zh: string;
  en: string;
  kind: CompositeKind;
  /** Other names the documents use (大西安, 长三角, 杭甬 …). */
  aliases: string[];
  /** Composite this one is a part of (a 组团 of 西安都市圈), if any. */
  parent?: string;
  versions: CompositeVersion[];
}
