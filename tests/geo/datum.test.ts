import { describe, expect, it } from 'vitest';
import { contains, countyFiles, features, polygonsOf, readJson } from './load.ts';

/**
 * Landmarks with WGS84 coordinates (Wikipedia's, which are WGS84), each well inside its county, so a
 * polygon left in GCJ-02 (shifted ~0.5 km) or BD-09 (~1 km) would still mostly pass: these check the
 * codes and the layers. The datum itself is checked against an independent WGS84 coastline below.
 */
const LANDMARKS: { name: string; at: [number, number]; county: string }[] = [
  { name: '西安碑林博物馆', at: [108.9533, 34.2544], county: '610103' },
  { name: '大雁塔', at: [108.9594, 34.2197], county: '610113' },
  { name: '洋县县城', at: [107.545, 33.223], county: '610723' },
  { name: '西北农林科技大学 (杨凌)', at: [108.0667, 34.2667], county: '610403' },
  { name: '杭州西湖', at: [120.14, 30.245], county: '330106' },
  { name: '天安门', at: [116.3975, 39.9087], county: '110101' },
  { name: '上海人民广场', at: [121.4737, 31.2304], county: '310101' },
];

const counties = countyFiles().flatMap((f) => features(f, 'counties'));

describe('datum', () => {
  it.each(LANDMARKS)('$name lies in $county', ({ at, county }) => {
    const hits = counties.filter((f) => contains(f, at)).map((f) => f.properties.code);
    expect(hits).toEqual([county]);
  });

  it('matches an independent WGS84 coastline (Taiwan MOI, TWD97) at Kinmen, and not the GCJ-02 one', () => {
    const reference = readJson<{ points: [number, number][] }>('tests/fixtures/geo/kinmen-coast-twd97.json').points;
    const kinmen = features('counties/350000.topo.json', 'counties').find((f) => f.properties.code === '350527')!;
    const segments = polygonsOf(kinmen).flat().flatMap((r) => r.slice(1).map((p, i) => [r[i]!, p] as const));
    const metres = (p: [number, number], dx: number, dy: number) => {
      const k = Math.cos((p[1] * Math.PI) / 180);
      let best = Infinity;
      for (const [a, b] of segments) {
        const ax = (a[0]! + dx - p[0]) * k, ay = a[1]! + dy - p[1], bx = (b[0]! + dx - p[0]) * k, by = b[1]! + dy - p[1];
        const vx = bx - ax, vy = by - ay;
        const t = Math.max(0, Math.min(1, -(ax * vx + ay * vy) / (vx * vx + vy * vy || 1)));
        best = Math.min(best, Math.hypot(ax + t * vx, ay + t * vy));
      }
      return best * 111_320;
    };
    const median = (dx: number, dy: number) => {
      const d = reference.map((p) => metres(p, dx, dy)).sort((a, b) => a - b);
      return d[Math.floor(d.length / 2)]!;
    };
    // GCJ-02 minus WGS84 at Kinmen (gcoord): +0.0049° lng, −0.0027° lat, i.e. ~600 m.
    const shipped = median(0, 0);
    const asGcj = median(0.0049, -0.0027);
    expect(shipped).toBeLessThan(120);
    expect(asGcj).toBeGreaterThan(2 * shipped);
  });
});
