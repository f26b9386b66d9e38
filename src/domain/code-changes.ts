import type { AdminLevel } from './admin-code.ts';

/** How a code changed between the boundary source's vintage and the 2023 list. */
export type ChangeKind = 'rename' | 'merge' | 'split' | 'new';

/**
 * Where the new unit's geometry comes from: `own` = the old polygon is drawn as the new unit; `parent` = no
 * polygon of its own, drawn inside the `host` unit's polygon; `none` = not drawn at all.
 */
export type UnitGeometry = 'own' | 'parent' | 'none';

/** One row of `data/code-changes.json`. */
export interface CodeChange {
  old: string;
  oldName: string;
  new: string;
  newName: string;
  year: number;
  kind: ChangeKind;
  geometry: UnitGeometry;
  /** For `geometry: 'parent'`: the current code whose polygon draws the new unit. */
  host?: string;
  /** The approval or list the change is recorded in. */
  source: string;
  note?: string;
}

/** A name that is not a unit's official name but should resolve to it (杨凌示范区 → 杨陵区). */
export interface CodeAlias {
  name: string;
  code: string;
  note?: string;
}

/** A current unit whose drawn polygon is known to differ from its 2023 extent, and how. */
export interface ApproximateUnit {
  code: string;
  note: string;
}

export interface CodeChangeTable {
  authority: string;
  changes: CodeChange[];
  approximate: ApproximateUnit[];
  aliases: CodeAlias[];
}

/**
 * One current (2023) unit and the polygon that draws it, as listed in `public/geo/units.json`. `feature`
 * is the code of the feature in the layer of the unit's level that draws it (itself, a host, or none).
 */
export interface UnitIndexEntry {
  code: string;
  name: string;
  level: Exclude<AdminLevel, 'country'>;
  province: string;
  prefecture: string | null;
  feature: string | null;
  geometry: UnitGeometry;
  /** Why a unit has no polygon of its own. */
  reason?: string;
}
