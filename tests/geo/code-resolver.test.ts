import { describe, expect, it } from 'vitest';
import type { CodeChangeTable, UnitIndexEntry } from '../../src/geo/code-changes.ts';
import { createCodeResolver } from '../../src/geo/code-resolver.ts';
import { readJson } from './load.ts';

const table = readJson<CodeChangeTable>('data/code-changes.json');
const units = readJson<UnitIndexEntry[]>('public/geo/units.json');
const resolver = createCodeResolver(table, units);
const byCode = new Map(units.map((u) => [u.code, u]));

describe('code resolver', () => {
  it('resolves old and new codes and names of 南郑 to the same feature', () => {
    const found = [
      resolver.byCode('610721')?.unit,
      resolver.byCode('610703')?.unit,
      ...resolver.byName('南郑县'),
      ...resolver.byName('南郑区'),
    ];
    expect(found.map((u) => (u && 'unit' in u ? u.unit : u)?.feature)).toEqual(['610703', '610703', '610703', '610703']);
  });

  it('follows renames the source already carried under old codes (户县 610125 → 鄠邑区 610118)', () => {
    expect(resolver.byCode('610125')?.unit.code).toBe('610118');
    expect(resolver.byName('户县')[0]?.unit.code).toBe('610118');
  });

  it('sends merged units to the unit that absorbed them', () => {
    expect(resolver.byCode('330104')?.unit.code).toBe('330102'); // 江干区 → 上城区
    expect(resolver.byName('下城区')[0]?.unit.code).toBe('330105'); // 拱墅区
  });

  it('gives split-off units the polygon that hosts them', () => {
    const linping = resolver.byCode('330113')!.unit;
    expect(linping.geometry).toBe('parent');
    expect(linping.feature).toBe('330110');
    expect(resolver.byName('龙港市')[0]?.unit.feature).toBe('330327');
  });

  it('lets current codes win over reused old ones (232701 was 加格达奇区, is 漠河市)', () => {
    expect(resolver.byCode('232701')?.unit.name).toBe('漠河市');
    expect(resolver.byName('漠河县')[0]?.unit.code).toBe('232701');
  });

  it('knows aliases, and narrows ambiguous names by province', () => {
    expect(resolver.byName('杨凌示范区')[0]?.unit.code).toBe('610403');
    expect(resolver.byName('城区').length).toBeGreaterThan(1);
    // In 山西: today's 城区 of 阳泉 and 晋城, and the former 城区 of 大同 and 长治, now 平城区 and 潞州区.
    const shanxi = resolver.byName('城区', '140000');
    expect(shanxi.filter((r) => !r.via).map((r) => r.unit.code)).toEqual(['140302', '140502']);
    expect(shanxi.filter((r) => r.via).map((r) => r.unit.code).sort()).toEqual(['140213', '140403']);
    expect(resolver.byCode('999999')).toBeNull();
  });

  it('has a table whose every row is sourced and lands on a current unit', () => {
    const kinds = new Set(['rename', 'merge', 'split', 'new']);
    for (const c of table.changes) {
      expect(kinds.has(c.kind), `${c.old} kind`).toBe(true);
      expect(c.source.length, `${c.old} source`).toBeGreaterThan(5);
      expect(byCode.get(c.new)?.name, `${c.old} → ${c.new}`).toBe(c.newName);
      if (c.geometry === 'parent') expect(byCode.get(c.host!)?.geometry, `${c.new} host`).toBe('own');
      expect(c.year).toBeGreaterThanOrEqual(2012);
    }
    for (const a of table.approximate) expect(byCode.get(a.code)?.geometry, a.code).toBe('own');
  });
});
