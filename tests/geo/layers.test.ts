import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, prefectureOf, provinceOf } from '../../src/domain/admin-code.ts';
import type { UnitIndexEntry } from '../../src/domain/code-changes.ts';
import { collection, contains, countyFiles, features, readJson } from './load.ts';

const units = readJson<UnitIndexEntry[]>('public/geo/units.json');
const provinces = features('china.topo.json', 'provinces');
const prefectures = features('china.topo.json', 'prefectures');
const counties = countyFiles().flatMap((f) => features(f, 'counties'));
const current = (level: UnitIndexEntry['level']) => units.filter((u) => u.level === level);

describe('layers', () => {
  it('have unique codes per layer, the TopoJSON id equal to the code', () => {
    for (const [name, list] of [['provinces', provinces], ['prefectures', prefectures], ['counties', counties]] as const) {
      const codes = list.map((f) => f.properties.code);
      expect(new Set(codes).size, name).toBe(codes.length);
      for (const f of list) expect(String(f.id)).toBe(f.properties.code);
    }
  });

  it('draw all 34 province-level units, Hong Kong, Macao and Taiwan included', () => {
    expect(provinces.map((f) => f.properties.code).sort()).toEqual(current('province').map((u) => u.code).sort());
    expect(provinces).toHaveLength(34);
    expect(provinces.find((f) => f.properties.code === '610000')?.properties.en).toBe('Shaanxi');
    expect(provinces.find((f) => f.properties.code === '140000')?.properties.en).toBe('Shanxi');
  });

  it('draw every prefecture of the 2023 list, plus the units that stand in for one', () => {
    const codes = new Set(prefectures.map((f) => f.properties.code));
    const missing = current('prefecture').filter((u) => !codes.has(u.code));
    expect(missing).toEqual([]);
    // Stand-ins: the municipalities, HK, Macao, Taiwan, and province-administered county-level units.
    for (const f of prefectures.filter((p) => !current('prefecture').some((u) => u.code === p.properties.code))) {
      const c = f.properties.code;
      const ok = MUNICIPALITIES.has(c) || ['810000', '820000', '710000'].includes(c) || c.slice(2, 4) === '90';
      expect(ok, c).toBe(true);
    }
  });

  it('draw a polygon for every current county-level unit, or say which polygon hosts it, or why there is none', () => {
    const drawn = new Set(counties.map((f) => f.properties.code));
    for (const u of current('county')) {
      if (u.geometry === 'own') expect(drawn.has(u.code), u.code).toBe(true);
      else if (u.geometry === 'parent') expect(drawn.has(u.feature!), `${u.code} hosted by ${u.feature}`).toBe(true);
      else expect(u.reason, u.code).toBeTruthy();
    }
    const none = current('county').filter((u) => u.geometry === 'none');
    const statistical = none.filter((u) => /statistical functional zone/.test(u.reason ?? ''));
    // Everything without a polygon is a statistical zone, save a short list known by name.
    expect(none.filter((u) => !statistical.includes(u)).map((u) => u.code).sort()).toEqual(['232762', '232763', '232764', '659010', '659011', '659012']);
    expect(counties.length).toBeGreaterThan(2800);
    expect(counties.length + none.length + current('county').filter((u) => u.geometry === 'parent').length).toBe(current('county').length);
  });

  it('are complete for Shaanxi and Zhejiang', () => {
    for (const province of ['610000', '330000']) {
      const drawn = new Set(features(`counties/${province}.topo.json`, 'counties').map((f) => f.properties.code));
      const wanted = current('county').filter((u) => u.province === province && !/statistical/.test(u.reason ?? ''));
      for (const u of wanted) expect(drawn.has(u.feature ?? ''), `${u.code} ${u.name}`).toBe(true);
    }
    expect(counties.find((f) => f.properties.code === '610403')?.properties.name).toBe('杨陵区');
  });

  it('keep parents consistent with codes', () => {
    for (const f of counties) {
      const { code, province, prefecture } = f.properties;
      expect(province, code).toBe(provinceOf(code));
      expect(prefecture, code).toBe(prefectureOf(code));
      if (prefecture) expect(prefectures.some((p) => p.properties.code === prefecture), `${code} → ${prefecture}`).toBe(true);
    }
    for (const f of prefectures) expect(provinces.some((p) => p.properties.code === f.properties.province), f.properties.code).toBe(true);
    for (const file of countyFiles()) {
      const code = file.slice(9, 15);
      for (const g of collection(file, 'counties').geometries) expect((g.properties as { province: string }).province, file).toBe(code);
    }
  });

  it('give every feature a label point inside it and inside its bounding box, an area and an English name', () => {
    const all = [...provinces, ...prefectures, ...counties];
    const outside = all.filter((f) => !contains(f, f.properties.label)).map((f) => f.properties.code);
    // Labels are computed on the full-detail polygon; simplification may move an edge past one.
    expect(outside.length, outside.join(' ')).toBeLessThanOrEqual(all.length * 0.002);
    for (const f of all) {
      const [w, s, e, n] = f.properties.bbox;
      const [x, y] = f.properties.label;
      expect(x >= w && x <= e && y >= s && y <= n, f.properties.code).toBe(true);
      expect(f.properties.area_km2, f.properties.code).toBeGreaterThan(0);
      expect(f.properties.en, f.properties.code).toMatch(/^[A-Z][A-Za-z' ü]+$/);
    }
    expect(counties.find((f) => f.properties.code === '610723')?.properties.en).toBe('Yang County');
    expect(prefectures.find((f) => f.properties.code === '610100')?.properties.en).toBe("Xi'an");
    expect(counties.find((f) => f.properties.code === '341621')?.properties.en).toBe('Guoyang County');
  });

  it('name units in English as the gazetteer does (one module, geo/lib/english-names.ts)', () => {
    const gazetteer = new Map(readJson<{ units: [string, string, string][] }>('data/gazetteer/divisions.json').units.map(([code, , en]) => [code, en]));
    const differ = [...provinces, ...prefectures, ...counties].filter((f) => gazetteer.has(f.properties.code) && gazetteer.get(f.properties.code) !== f.properties.en);
    expect(differ.map((f) => `${f.properties.code} ${f.properties.en} ≠ ${gazetteer.get(f.properties.code)}`)).toEqual([]);
  });
});
