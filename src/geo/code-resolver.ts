import type { CodeAlias, CodeChange, CodeChangeTable, UnitIndexEntry } from './code-changes.ts';

/** A current unit found for an old or current code or name, with the record that led there. */
export interface ResolvedUnit {
  unit: UnitIndexEntry;
  /** The change or alias used, when the input was not the unit's own current code or name. */
  via?: CodeChange | CodeAlias;
}

export interface CodeResolver {
  /** Current unit for a current or old code; current codes win (232701 is 漠河市, not the old 加格达奇区). */
  byCode(code: string): ResolvedUnit | null;
  /**
   * Current units for a current, old or alias name. Names repeat across China (城区, 南区), so pass
   * `within` (a province or prefecture code) to narrow the search.
   */
  byName(name: string, within?: string): ResolvedUnit[];
}

function inside(unit: UnitIndexEntry, within: string | undefined): boolean {
  if (!within) return true;
  return unit.code === within || unit.province === within || unit.prefecture === within;
}

/**
 * Builds a resolver over the code-change table and the index of current units, so that old and current
 * codes and names reach the same unit, and through `unit.feature` the same polygon. Pure: no I/O.
 *
 * @example
 * const r = createCodeResolver(table, units);
 * r.byCode('610721')?.unit.code; // '610703' (南郑县 → 南郑区)
 * r.byName('南郑县')[0]?.unit.feature; // '610703'
 */
export function createCodeResolver(table: CodeChangeTable, units: readonly UnitIndexEntry[]): CodeResolver {
  const byCurrentCode = new Map(units.map((u) => [u.code, u]));
  // An old code can have several rows (a split); the row that carries its polygon (`own`) is the answer.
  const changesByOld = new Map<string, CodeChange[]>();
  for (const c of table.changes) changesByOld.set(c.old, [...(changesByOld.get(c.old) ?? []), c]);

  function follow(code: string, depth = 0): ResolvedUnit | null {
    const current = byCurrentCode.get(code);
    if (current) return { unit: current };
    const rows = changesByOld.get(code) ?? [];
    const row = rows.find((c) => c.geometry === 'own') ?? rows[0];
    if (!row || depth > 4) return null;
    const next = follow(row.new, depth + 1);
    return next ? { unit: next.unit, via: next.via ?? row } : null;
  }

  return {
    byCode: (code) => follow(code),
    byName(name, within) {
      const found = new Map<string, ResolvedUnit>();
      const add = (r: ResolvedUnit | null) => {
        if (r && inside(r.unit, within) && !found.has(r.unit.code)) found.set(r.unit.code, r);
      };
      for (const u of units) if (u.name === name) add({ unit: u });
      for (const c of table.changes) {
        if (c.oldName !== name || c.newName === name) continue;
        // The old unit still exists under that name (余杭区 after 临平区 split off): the name means it.
        if (byCurrentCode.get(c.old)?.name === c.oldName) continue;
        const target = byCurrentCode.get(c.new);
        if (target) add({ unit: target, via: c });
      }
      for (const a of table.aliases) {
        const target = a.name === name ? byCurrentCode.get(a.code) : undefined;
        if (target) add({ unit: target, via: a });
      }
      return [...found.values()];
    },
  };
}
