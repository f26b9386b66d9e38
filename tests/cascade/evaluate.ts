import type { Link } from '../../src/cascade/types.ts';
import { DOCS, JUDGED, PAIRS, type Verdict } from './hand-checked.ts';

/** `Y5` → `yangxian-2023-work-points/5`. */
export function taskId(short: string): string {
  const doc = DOCS[short[0] as keyof typeof DOCS];
  if (!doc || !/^\d+$/.test(short.slice(1))) throw new Error(`bad short id ${short}`);
  return `${doc}/${short.slice(1)}`;
}

export interface Scored {
  /** Links within the judged document pairs, with their verdict. */
  judged: Array<{ link: Link; verdict: Verdict }>;
  truePositives: number;
  falsePositives: Link[];
  missed: string[];
  maybes: number;
  precision: number;
  recall: number;
}

/** Scores links against the hand-checked pairs: `maybe` counts neither way, an unlisted pair is `no`. */
export function evaluate(links: readonly Link[]): Scored {
  const verdicts = new Map(PAIRS.map(([l, u, v]) => [`${taskId(l)} ${taskId(u)}`, v]));
  const judgedDocs = new Set(JUDGED.map(([l, u]) => `${DOCS[l]} ${DOCS[u]}`));
  const docOf = (id: string) => id.slice(0, id.lastIndexOf('/'));
  const judged = links
    .filter((k) => judgedDocs.has(`${docOf(k.lower)} ${docOf(k.upper)}`))
    .map((link) => ({ link, verdict: verdicts.get(`${link.lower} ${link.upper}`) ?? ('no' as Verdict) }));
  const found = new Set(judged.map((j) => `${j.link.lower} ${j.link.upper}`));
  const truePositives = judged.filter((j) => j.verdict === 'yes').length;
  const falsePositives = judged.filter((j) => j.verdict === 'no').map((j) => j.link);
  const positives = PAIRS.filter(([, , v]) => v === 'yes').map(([l, u]) => `${taskId(l)} ${taskId(u)}`);
  const missed = positives.filter((p) => !found.has(p));
  return {
    judged,
    truePositives,
    falsePositives,
    missed,
    maybes: judged.filter((j) => j.verdict === 'maybe').length,
    precision: truePositives / Math.max(1, truePositives + falsePositives.length),
    recall: truePositives / positives.length,
  };
}
