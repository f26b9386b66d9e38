import { STYLE_RANK, type Label, type NumberingStyle } from './labels.ts';

/** Why the task level is the one it is, for tests and the bench. */
export type LevelReason = 'under-sections' | 'top-numbered' | 'none';

/**
 * The numbering style of tasks. The task is the level directly under the sections: the style of the first
 * numbered heading after each section heading, by majority (a tie goes to the conventional order （一） > 1． >
 * (1) > ①). With no sections, the top numbered level: the highest-ranked style that runs in sequence at least
 * twice (a lone （一） in a covering letter is no level), else the style with the longest in-sequence run.
 */
export function chooseTaskStyle(labels: readonly Label[]): { style: NumberingStyle | null; reason: LevelReason } {
  const under = new Map<NumberingStyle, number>();
  for (let k = 0; k < labels.length; k++) {
    const s = labels[k]!;
    if (s.kind !== 'section' || s.place === 'inline') continue;
    for (let j = k + 1; j < labels.length; j++) {
      const h = labels[j]!;
      if (h.kind === 'section') break;
      if (h.broken) continue;
      // Run into the section's title (lost line breaks), a label counts only right after a heading's length.
      if (h.place === 'inline' && h.pos - s.pos > 48) break;
      under.set(h.style!, (under.get(h.style!) ?? 0) + 1);
      break;
    }
  }
  if (under.size > 0) return { style: best(under), reason: 'under-sections' };

  const runs = sequenceScores(labels);
  const ranked = STYLE_RANK.filter((s) => (runs.get(s) ?? 0) >= 2);
  if (ranked.length > 0) return { style: ranked[0]!, reason: 'top-numbered' };
  return runs.size > 0 ? { style: best(runs), reason: 'top-numbered' } : { style: null, reason: 'none' };
}

/** Per style, how many of its labels follow in sequence (n after n−1, or a restart at 1 on its own line). */
function sequenceScores(labels: readonly Label[]): Map<NumberingStyle, number> {
  const score = new Map<NumberingStyle, number>();
  const last = new Map<NumberingStyle, number>();
  for (const h of labels) {
    if (h.kind !== 'head' || h.broken) continue;
    const prev = last.get(h.style!) ?? 0;
    if (h.num === prev + 1 || (h.num === 1 && h.place !== 'inline')) {
      score.set(h.style!, (score.get(h.style!) ?? 0) + 1);
      last.set(h.style!, h.num);
    }
  }
  return score;
}

function best(counts: Map<NumberingStyle, number>): NumberingStyle {
  let top: NumberingStyle = STYLE_RANK[0]!;
  let n = -1;
  for (const s of STYLE_RANK) {
    const c = counts.get(s) ?? 0;
    if (c > n) [top, n] = [s, c];
  }
  return top;
}

/** A run of sub-items inside one task: labels of one style numbered 1, 2, 3 … */
export interface ItemRun {
  style: NumberingStyle;
  labels: Label[];
}

/**
 * The items of each task: the style below the task level that numbers from 1 inside the most tasks (具体措施
 * 1．2．3． under （一）; (1) (2) under 1．). Inside a task, its labels count while they follow in sequence from 1;
 * a lone "1." is a number in a sentence, not a list.
 */
export function findItemRuns(labels: readonly Label[], taskStyle: NumberingStyle, tasks: ReadonlyArray<{ bodyStart: number; end: number }>): ItemRun[] {
  const perTask: Array<Map<NumberingStyle, Label[]>> = [];
  const count = new Map<NumberingStyle, number>();
  let k = 0;
  for (const t of tasks) {
    while (k < labels.length && labels[k]!.pos < t.bodyStart) k++;
    const runs = new Map<NumberingStyle, Label[]>();
    for (let j = k; j < labels.length && labels[j]!.pos < t.end; j++) {
      const l = labels[j]!;
      if (l.kind !== 'head' || l.broken || l.style === taskStyle) continue;
      const run = runs.get(l.style!) ?? [];
      const expected = run.length + 1;
      if (l.num === expected && (expected > 1 || l.place !== 'inline' || l.pos - t.bodyStart <= 48)) {
        run.push(l);
        runs.set(l.style!, run);
      }
    }
    for (const [style, run] of runs) if (run.length >= 2) count.set(style, (count.get(style) ?? 0) + 1);
    perTask.push(runs);
  }
  if (count.size === 0) return tasks.map(() => ({ style: taskStyle, labels: [] }));
  const style = best(count);
  return perTask.map((runs) => {
    const run = runs.get(style) ?? [];
    return { style, labels: run.length >= 2 ? run : [] };
  });
}
