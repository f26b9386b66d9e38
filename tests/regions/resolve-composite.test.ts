import { describe, expect, it } from 'vitest';
import { ancestorsOf } from '../../src/domain/admin-code.ts';
import { compositeNames } from '../../src/regions/composite-names.ts';
import { membersOf } from '../../src/regions/members-of.ts';
import { normalizeName } from '../../src/regions/normalize-name.ts';
import { REGISTRY } from '../../src/regions/registry.ts';
import { resolveComposite } from '../../src/regions/resolve-composite.ts';

const codes = (regionId: string, date?: string) => (membersOf(regionId, date) ?? []).map((m) => m.code);

describe('resolveComposite: names and aliases', () => {
  it.each([
    ['西安都市圈', 'xian-metro'],
    ['大西安', 'xian-metro'],
    ['长三角', 'yrd-city-cluster'],
    ['长三角城市群', 'yrd-city-cluster'],
    ['杭甬', 'hangzhou-ningbo-pair'],
    ['杭州、宁波“双城记”', 'hangzhou-ningbo-pair'],
    ['杭甬“双城记”', 'hangzhou-ningbo-pair'],
    ['西咸一体化', 'xian-xianyang-integration'],
    ['成渝城市群', 'chengdu-chongqing'],
    ['大湾区', 'greater-bay-area'],
    ['中国', null],
    ['西安', null],
    ['', null],
  ])('%s → %s', (name, id) => {
    expect(resolveComposite(name)?.region.id ?? null).toBe(id);
  });

  it.each([
    ['杭州宁波"双城记"'],
    ['杭州、宁波「双城记」'],
    ['杭州 宁波 双城记'],
    ['杭州、宁波＂双城记＂'],
  ])('ignores quotes of any width, 、 and spaces: %s', (name) => {
    expect(resolveComposite(name)?.region.id).toBe('hangzhou-ningbo-pair');
  });

  it.each(['西安—咸阳一体化', '西安-咸阳一体化', '西安－咸阳一体化', '西安咸阳一体化'])('ignores the dash: %s', (name) => {
    expect(resolveComposite(name)?.region.id).toBe('xian-xianyang-integration');
  });

  it('folds full-width digits', () => {
    expect(normalizeName('山区２６县')).toBe('山区26县');
    expect(resolveComposite('山区２６县')?.region.id).toBe('zj-mountain-island-counties');
  });
});

describe('resolveComposite: the document date picks the version', () => {
  it('杭州都市圈: four cities under the 2016 cluster plan, six (with 黄山 in Anhui) from 2018', () => {
    expect(resolveComposite('杭州都市圈', '2017-05-01')?.version.id).toBe('hangzhou-metro@2016');
    expect(codes('hangzhou-metro', '2017-05-01')).not.toContain('341000');
    expect(resolveComposite('杭州都市圈', '2019-06-01')?.version.id).toBe('hangzhou-metro@2018');
    const z2023 = resolveComposite('杭州都市圈', '2023-07-24');
    expect(z2023?.version.id).toBe('hangzhou-metro@2020');
    expect(z2023?.version.members.map((m) => m.name)).toEqual(['杭州市', '嘉兴市', '湖州市', '绍兴市', '衢州市', '黄山市']);
  });

  it('山区26县: the 2021 list in 2023, the 25 山区海岛县 from August 2024', () => {
    const y2023 = resolveComposite('山区26县', '2023-07-24');
    expect(y2023?.version.name).toBe('山区26县');
    expect(y2023?.version.members).toHaveLength(26);
    expect(y2023?.version.members.map((m) => m.name)).toContain('平阳县');

    const y2025 = resolveComposite('山区26县', '2025-01-06');
    expect(y2025?.version.name).toBe('山区海岛县');
    expect(y2025?.version.members).toHaveLength(25);
    const names = y2025?.version.members.map((m) => m.name);
    expect(names).not.toContain('平阳县');
    expect(names).toEqual(expect.arrayContaining(['洞头区', '嵊泗县']));
  });

  it('reads a year-only date at the year end', () => {
    expect(resolveComposite('山区26县', '2024')?.version.id).toBe('zj-mountain-island-counties@2024');
    expect(resolveComposite('山区26县', '2024-08')?.version.id).toBe('zj-mountain-island-counties@2024');
    expect(resolveComposite('山区26县', '2024-07')?.version.id).toBe('zj-mountain-island-counties@2021');
  });

  it('a version dated to the month is in force from its first day', () => {
    expect(resolveComposite('嘉湖片区', '2019-12-01')?.inForce).toBe(true);
    expect(resolveComposite('嘉湖片区', '2019-11-30')?.inForce).toBe(false);
  });

  it('长三角城市群: 26 cities in 2016, the 27-city 中心区 with 温州 after the 2019 纲要', () => {
    expect(codes('yrd-city-cluster', '2018-01-01')).toHaveLength(26);
    expect(codes('yrd-city-cluster', '2018-01-01')).not.toContain('330300');
    expect(codes('yrd-city-cluster', '2020-01-01')).toHaveLength(27);
    expect(codes('yrd-city-cluster', '2020-01-01')).toContain('330300');
  });

  it('with no date, the latest version', () => {
    expect(resolveComposite('宁波都市圈')?.version.id).toBe('ningbo-metro@2026');
    expect(resolveComposite('宁波都市圈', '2023-07-24')?.version.id).toBe('ningbo-metro@2016');
  });

  it('before every version: the earliest, marked not in force', () => {
    const match = resolveComposite('西安都市圈', '2020-01-01');
    expect(match?.version.id).toBe('xian-metro@2022');
    expect(match?.inForce).toBe(false);
  });

  it('rejects a date it cannot read', () => {
    expect(() => resolveComposite('西安都市圈', '2023年4月')).toThrow(/invalid date/);
    expect(() => resolveComposite('西安都市圈', '2023-13-01')).toThrow(/invalid date/);
  });
});

describe('membersOf', () => {
  it('西安都市圈: 26 county-level units, published area 2.06万 km²', () => {
    expect(membersOf('xian-metro')).toHaveLength(26);
    expect(resolveComposite('西安都市圈')?.version.publishedAreaKm2).toBe(20600);
  });

  it('关中平原城市群 lists only some counties of 商洛、临汾、平凉 and 庆阳, and 运城 without 平陆、垣曲', () => {
    const gz = codes('guanzhong-plain-cluster');
    expect(gz.filter((c) => c.startsWith('6110')).sort()).toEqual(['611002', '611021', '611022', '611026']);
    expect(gz.filter((c) => c.startsWith('1408'))).toHaveLength(11);
    expect(gz).not.toEqual(expect.arrayContaining(['140829']));
    expect(gz).not.toEqual(expect.arrayContaining(['140827']));
    expect(gz.filter((c) => c.startsWith('6210'))).toEqual(['621002']);
    expect(gz).toContain('620500');
  });

  it('成渝: county level in 重庆 with 开州 and 云阳 partial; 绵阳 without 平武、北川', () => {
    const cy = membersOf('chengdu-chongqing') ?? [];
    expect(cy.filter((m) => m.code.startsWith('50') && !m.partial)).toHaveLength(27);
    expect(cy.filter((m) => m.partial).map((m) => m.name).sort()).toEqual(['云阳县', '开州区'].sort());
    expect(cy.map((m) => m.code)).not.toEqual(expect.arrayContaining(['510727']));
    expect(cy.map((m) => m.code)).not.toEqual(expect.arrayContaining(['510726']));
  });

  it('西咸新区: parts of seven districts/counties of 西安 and 咸阳', () => {
    const xx = membersOf('xixian-new-area') ?? [];
    expect(xx).toHaveLength(7);
    expect(xx.every((m) => m.partial)).toBe(true);
  });

  it('returns null for an unknown id', () => {
    expect(membersOf('no-such-region')).toBeNull();
  });
});

describe('compositeNames', () => {
  const names = compositeNames();

  it('lists every zh name and alias once, with its region', () => {
    const expected = REGISTRY.flatMap((r) => [r.zh, ...r.aliases].map((n) => `${n}|${r.id}`)).sort();
    expect(names.map((n) => `${n.name}|${n.regionId}`).sort()).toEqual(expected);
  });

  it('is ordered longest first', () => {
    for (let i = 1; i < names.length; i++) {
      expect(names[i - 1]!.normalized.length).toBeGreaterThanOrEqual(names[i]!.normalized.length);
    }
  });

  it('flags aliases', () => {
    expect(names.find((n) => n.name === '西安都市圈')?.alias).toBe(false);
    expect(names.find((n) => n.name === '大西安')?.alias).toBe(true);
  });
});

describe('hierarchy', () => {
  it('every parent exists', () => {
    const ids = new Set(REGISTRY.map((r) => r.id));
    for (const r of REGISTRY) if (r.parent) expect(ids.has(r.parent), r.id).toBe(true);
  });

  it('a child with members lies within its parent, where the parent draws anything', () => {
    for (const child of REGISTRY.filter((r) => r.parent)) {
      for (const v of child.versions) {
        const parent = resolveComposite(REGISTRY.find((r) => r.id === child.parent)!.zh, v.validFrom);
        const inside = new Set(parent?.version.members.map((m) => m.code));
        if (inside.size === 0) continue; // a group drawn only through its children
        for (const m of v.members) {
          expect(inside.has(m.code) || ancestorsOf(m.code).some((a) => inside.has(a)), `${v.id} ${m.name}`).toBe(true);
        }
      }
    }
  });

  it('西安都市圈 has the seven 组团 of the 2023 Shaanxi tasks', () => {
    expect(REGISTRY.filter((r) => r.parent === 'xian-metro')).toHaveLength(7);
  });
});
