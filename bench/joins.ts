/**
 * Join throughput: 100,000 synthetic tasks over every county of China; time to rebuild the counts after a
 * filter change. Part of `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS } from '../src/domain/categories.ts';
import { NO_FILTERS } from '../src/domain/filters.ts';
import type { ExtractedDocument, Task } from '../src/domain/task.ts';
import { createAtlasData } from '../src/joins/atlas-data.ts';
import { filterTasks } from '../src/joins/filter-tasks.ts';
import { countRegions } from '../src/joins/region-counts.ts';
import { REGISTRY } from '../src/regions/registry.ts';
import { rng } from './generate-corpus.ts';

const TASKS = 100_000;
const divisions = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'gazetteer', 'divisions.json'), 'utf8')) as { units: Array<[string, string]> }).units;
const counties = divisions.filter(([c]) => !c.endsWith('00'));
const composites = REGISTRY.map((r) => r.id);
const rand = rng(7);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

// 100 synthetic documents of 1,000 tasks, each task naming 0–3 counties and sometimes a composite.
const documents: ExtractedDocument[] = Array.from({ length: 100 }, (_, d) => {
  const region = pick(counties);
  const tasks: Task[] = Array.from({ length: TASKS / 100 }, (_, k) => ({
    id: `doc${d}/${k + 1}`,
    seq: k + 1,
    label: `(${k + 1})`,
    sectionSeq: 1,
    title: `任务${k}`,
    text: `任务${k}`,
    span: [0, 0],
    departments: [`部门${Math.floor(rand() * 200)}`],
    targets: rand() < 0.4 ? [{ value: 1, unit: '个', text: '', quantity: '1个', deadline: '2025', deadlineSource: 'text', approx: false, bound: '=', span: [0, 0] }] : [],
    deadlines: [],
    places: [
      ...Array.from({ length: Math.floor(rand() * 4) }, () => {
        const [code, name] = pick(counties);
        return { name, fullName: name, code, kind: 'county' as const, span: [0, 0] as [number, number], spans: [] };
      }),
      ...(rand() < 0.1 ? [{ name: 'c', fullName: 'c', code: null, regionId: pick(composites), kind: 'cluster' as const, span: [0, 0] as [number, number], spans: [] }] : []),
    ],
    categories: [pick(CATEGORY_IDS), pick(CATEGORY_IDS)].filter((c, i, a) => a.indexOf(c) === i),
  }));
  return {
    document: { id: `doc${d}`, file: null, title: '', issuer: null, date: '2023-01-01', year: 2023, docNumber: null, level: 'county', region: { code: region[0], name: region[1] }, encoding: 'utf-8', standingDepartments: [] },
    sections: [],
    tasks,
  };
});

let t = performance.now();
const { table } = createAtlasData(documents, divisions, REGISTRY);
const buildMs = performance.now() - t;

const filters = [NO_FILTERS, ...CATEGORY_IDS.map((c) => ({ ...NO_FILTERS, categories: [c] })), { ...NO_FILTERS, hasTarget: true }];
const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const f of filters) {
    t = performance.now();
    countRegions(table, filterTasks(table, f), round % 2 === 1);
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const p95 = times[Math.floor(times.length * 0.95)]!;
console.log(`joins: ${TASKS.toLocaleString('en')} tasks over ${counties.length} counties + ${composites.length} composites (${table.regionKeys.length} regions touched)`);
console.log(`  build once                 ${buildMs.toFixed(0)} ms`);
console.log(`  filter change → counts     median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${times.length} changes`);
