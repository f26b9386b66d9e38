import type { ExtractedDocument, Task } from '../../src/domain/task.ts';
import { rng } from '../../bench/generate-corpus.ts';
import { divisions, shippedDocuments } from '../joins/fixtures.ts';

/**
 * `count` tasks for load tests, as bench/joins.ts makes them but from real tasks: the shipped tasks copied round
 * and round (real titles, categories, targets, deadlines), in documents of 100 issued by random counties, each
 * task's county places moved to other random counties. Seeded: the same every run.
 */
export function syntheticDocuments(count: number, seed = 7): ExtractedDocument[] {
  const rand = rng(seed);
  const shipped = shippedDocuments();
  const pool = shipped.flatMap((d) => d.tasks.map((t) => ({ task: t, doc: d })));
  const counties = divisions().filter(([code]) => !code.endsWith('00'));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const docs: ExtractedDocument[] = [];
  for (let d = 0; d * 100 < count; d++) {
    const [code, name] = pick(counties);
    const n = Math.min(100, count - d * 100);
    const tasks: Task[] = Array.from({ length: n }, (_, i) => {
      const { task } = pool[(d * 100 + i) % pool.length]!;
      return {
        ...structuredClone(task),
        id: `syn${d}/${i + 1}`,
        seq: i + 1,
        sectionSeq: 1,
        places: task.places.map((p) => {
          if (p.kind !== 'county') return p;
          const [c, nm] = pick(counties);
          return { ...p, name: nm, fullName: nm, code: c };
        }),
      };
    });
    docs.push({
      document: { ...shipped[0]!.document, id: `syn${d}`, file: null, title: `${name}合成文件${d + 1}`, level: 'county', region: { code, name }, year: 2023 + (d % 3) },
      sections: [{ seq: 1, title: '合成章节', span: [0, 0] }],
      tasks,
    });
  }
  return docs;
}
