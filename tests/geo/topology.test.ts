import area from '@turf/area';
import { neighbors } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { arcsOf, collection, countyFiles, features, topo } from './load.ts';

describe('topology', () => {
  it('dissolves each province from its counties: the areas agree', () => {
    const provinces = features('china.topo.json', 'provinces');
    // 东沙群岛 is drawn at province level only (no current county code): it is the whole difference.
    const dongsha = area(features('south-china-sea.topo.json', 'islands').find((f) => f.properties.code === '440000')!) / 1e6;
    for (const file of countyFiles()) {
      const code = file.slice(9, 15);
      const sum = features(file, 'counties').reduce((s, f) => s + f.properties.area_km2, 0) + (code === '440000' ? dongsha : 0);
      const province = provinces.find((f) => f.properties.code === code)!.properties.area_km2;
      expect(Math.abs(sum - province) / province, code).toBeLessThan(0.001);
    }
  });

  /**
   * A handful of rings are "unfolded" after quantization (a hairpin of the source the grid flattened):
   * such a ring gets its own copy of the few arcs around the fold, a grid step off the shared ones.
   * So: all but a sliver of each upper-level outline runs on arcs of the level below.
   */
  const sharedShare = (t: ReturnType<typeof topo>, upper: number[], lower: Set<number>) => {
    const length = (a: number) => (t.arcs[a] as unknown[]).length;
    const total = upper.reduce((n, a) => n + length(a), 0);
    const own = upper.filter((a) => !lower.has(a));
    return { share: 1 - own.reduce((n, a) => n + length(a), 0) / total, own };
  };

  it('draws each province outline on its counties’ outline', () => {
    for (const file of countyFiles()) {
      const uses = new Map<number, number>();
      for (const g of collection(file, 'counties').geometries) for (const a of arcsOf(g)) uses.set(a, (uses.get(a) ?? 0) + 1);
      const outline = new Set([...uses].filter(([, n]) => n === 1).map(([a]) => a));
      // Pieces drawn at province level only (东沙群岛 in 广东) share nothing with the counties.
      const province = collection(file, 'province').geometries[0]!;
      const polys = (province.type === 'MultiPolygon' ? province.arcs : province.type === 'Polygon' ? [province.arcs] : []) as number[][][];
      const covered = polys.filter((p) => p.flat().some((a) => uses.has(a < 0 ? ~a : a)));
      const { share, own } = sharedShare(topo(file), arcsOf({ type: 'MultiPolygon', arcs: covered }), outline);
      expect(share, `${file}: own arcs ${own.join(' ')}`).toBeGreaterThan(0.99);
    }
  });

  it('makes neighbouring provinces share their borders (arcs), in the national file', () => {
    const provinces = collection('china.topo.json', 'provinces').geometries;
    const adjacency = neighbors(provinces as never);
    const ids = provinces.map((g) => String(g.id));
    const adjacent = (a: string, b: string) => adjacency[ids.indexOf(a)]!.includes(ids.indexOf(b));
    for (const [a, b] of [['610000', '140000'], ['610000', '620000'], ['330000', '320000'], ['330000', '310000'], ['110000', '130000'], ['110000', '120000'], ['120000', '130000'], ['500000', '510000'], ['440000', '810000'], ['440000', '820000'], ['130000', '370000'], ['130000', '150000']]) {
      expect(adjacent(a!, b!), `${a}–${b}`).toBe(true);
    }
    // and no province borders one far away
    expect(adjacent('610000', '330000')).toBe(false);
  });

  it('draws the provinces on the prefectures’ arcs in the national file', () => {
    const t = topo('china.topo.json');
    const prefectureArcs = new Set(collection('china.topo.json', 'prefectures').geometries.flatMap((g) => arcsOf(g)));
    const provinceArcs = collection('china.topo.json', 'provinces').geometries.flatMap((g) => arcsOf(g));
    const { share, own } = sharedShare(t, provinceArcs, prefectureArcs);
    expect(share, `own arcs ${own.join(' ')}`).toBeGreaterThan(0.995);
  });

  it('makes neighbouring counties share borders, e.g. 碑林区 and 雁塔区', () => {
    const counties = collection('counties/610000.topo.json', 'counties').geometries;
    const ids = counties.map((g) => String(g.id));
    const adjacency = neighbors(counties as never);
    expect(adjacency[ids.indexOf('610103')]!.map((i) => ids[i])).toContain('610113');
    expect(adjacency[ids.indexOf('610723')]!.map((i) => ids[i])).toContain('610724');
  });
});
