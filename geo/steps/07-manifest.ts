import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR, type LayerRecord } from '../lib/emit-layer.ts';
import { ROOT, readJson, sha256, writeIfChanged } from '../lib/step.ts';
import type { Sources } from './01-fetch.ts';
import { COMPOSITES_LAYER } from './06-composites.ts';
import { EMIT_LAYERS, INSET_BBOX } from './05-emit.ts';

export const MANIFEST = join(OUT_DIR, 'manifest.json');

function gitDate(): string {
  // The date of the last commit that changed an input of the build: stable across rebuilds.
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs', '--', 'geo', 'data/code-changes.json', 'data/regions', 'src/geo', 'src/domain/admin-code.ts'], { cwd: ROOT, encoding: 'utf8' }).trim() || 'uncommitted';
  } catch {
    return 'unknown';
  }
}

/** public/geo/manifest.json: sources, and every file the steps before wrote, with its size and how it was simplified. */
export function writeManifest(sources: Sources): void {
  const layers = [...readJson<LayerRecord[]>(EMIT_LAYERS), ...readJson<LayerRecord[]>(COMPOSITES_LAYER)];
  const unitsJson = readFileSync(join(OUT_DIR, 'units.json'), 'utf8');
  const byLevel = (l: string) => layers.filter((x) => Object.values(x.objects).some((o) => o.level === l));
  const first = layers.filter((l) => l.firstView);
  const manifest = {
    $comment: 'Built by `npm run geo` (geo/build.ts); see geo/README.md. Sizes in bytes; gzip at level 9.',
    build: {
      date: gitDate(),
      inputsSha256: sha256(JSON.stringify(Object.values(sources).map((s) => s.integrity)) + layers.map((l) => l.file).join()),
      dataAsOf: '2023-06-30',
      crs: 'WGS84 longitude/latitude (source GCJ-02 converted, see geo/README.md)',
      winding: 'RFC 7946: shells counter-clockwise, holes clockwise',
    },
    sources: Object.values(sources).map((s) => ({ name: s.name, version: s.version, integrity: s.integrity, license: s.license, npm: `https://registry.npmjs.org/${s.name}/-/${s.name}-${s.version}.tgz` })),
    firstView: {
      files: first.map((l) => l.file),
      bytes: first.reduce((n, l) => n + l.bytes, 0),
      gzipBytes: first.reduce((n, l) => n + l.gzipBytes, 0),
      budgetGzipBytes: 400 * 1024,
    },
    inset: { file: 'south-china-sea.topo.json', bbox: INSET_BBOX, placement: 'lower-right corner of the national view', nineDashLine: 'not included: the source has none' },
    units: { file: 'units.json', entries: unitsJson.split('\n').length - 3, bytes: Buffer.byteLength(unitsJson) },
    levels: {
      province: byLevel('province').length,
      prefecture: byLevel('prefecture').length,
      county: byLevel('county').length,
    },
    layers: layers.map(({ report, ...l }) => ({ ...l, quantizationUsed: report?.quantization, refinedArcs: report?.refinedArcs, droppedPolygons: report?.droppedPolygons, unfoldedRings: report?.detachedRings, conflicts: report?.conflicts })),
  };
  writeIfChanged(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`  first view: ${first.map((l) => l.file).join(' + ')} = ${(manifest.firstView.gzipBytes / 1024).toFixed(0)} KB gzipped`);
  for (const l of layers) if (l.report?.conflicts) console.log(`  ${l.file}: ${l.report.conflicts} conflicts left`);
}
