import type { CategoryId } from '../domain/categories.ts';
import { longestCopy, MIN_COPY_BEYOND_TERMS } from './copied.ts';
import { dice, windowsOf, type TaskFeatures } from './features.ts';
import type { TermWeights } from './idf.ts';
import type { TermFinder } from './terms.ts';
import type { LinkEvidence } from './types.ts';

/**
 * The rules, tuned on the hand-checked pairs of tests/cascade/hand-checked.ts, precision first. Weights are in
 * units of IDF: a term that each plan gives one task weighs about ln(tasks per plan) ≈ 3–4.
 *
 * A link needs either much shared evidence (several specific terms: the lower plan copied the upper's measures)
 * or an anchor plus some evidence. An anchor says the lower task takes up what the upper task is about: a shared
 * term central to both (centralUp, centralDown), the same heading, a clause copied word for word, a quoted title
 * both name, or a kind of target both set. A term met in passing anchors nothing: bundles of measures touch many
 * lines without taking them up.
 */
export const LINK_RULES = {
  /** Terms weighing less (mentioned by most tasks) count for nothing. */
  minTermWeight: 1,
  /** Evidence enough on its own. */
  minEvidence: 6.5,
  /** Evidence enough with an anchor. */
  minAnchoredEvidence: 3,
  /** A term must weigh this much to anchor a link. */
  minAnchorWeight: 2.5,
  /** Headings this alike (Dice over character bigrams) are the same heading (推动/推进城镇基本公共服务均等化 ≈ 0.83). */
  sameHeading: 0.7,
  headingWeight: 4,
  titleWeight: 6,
  targetWeight: 1.5,
  /** A clause copied word for word (copied.ts). */
  copyWeight: 3,
  /** Context terms (who, not what) count this fraction of their weight. */
  contextFactor: 0.5,
  /** Added to the score, never to the evidence: categories are too coarse to link on. */
  categoryWeight: 1,
  /** raw → score: 1 − e^(−raw/scale). */
  scale: 10,
} as const;

/**
 * Whether the upper task is about a term, not only naming it: in its heading, counted by a target, or in two
 * sentences of it. The bar is high on purpose: a national task is a bundle, and a lower task meeting one word of
 * one of its sentences does not carry it out.
 */
function centralUp(f: TaskFeatures, term: string): boolean {
  return f.headingTerms.has(term) || f.targetTerms.has(term) || f.sentences.get(term)! >= 2;
}

/** Whether the lower task dwells on a term: in its heading, counted by a target, or said twice (a clause on it). */
function centralDown(f: TaskFeatures, term: string): boolean {
  return f.headingTerms.has(term) || f.targetTerms.has(term) || f.terms.get(term)! >= 2;
}

export interface PairScore {
  score: number;
  evidence: LinkEvidence;
}

/** How strongly a lower task carries out an upper one, or null when it does not (by the rules above). */
export function scorePair(lower: TaskFeatures, upper: TaskFeatures, weights: TermWeights, finder: TermFinder): PairScore | null {
  const R = LINK_RULES;
  const shared = new Map<string, number>();
  let anchored = false;
  for (const term of lower.terms.keys()) {
    if (!upper.terms.has(term)) continue;
    let w = weights.weight(term);
    if (w < R.minTermWeight) continue;
    const context = finder.info(term).context;
    if (context) w *= R.contextFactor;
    shared.set(term, w);
    if (!context && w >= R.minAnchorWeight && centralDown(lower, term) && centralUp(upper, term)) anchored = true;
  }
  // A specific term and the broader one it counts as are one piece of evidence (关中平原城市群 is a 城市群).
  for (const term of [...shared.keys()]) {
    const broader = finder.info(term).broader;
    if (broader !== null && shared.has(broader)) shared.delete(broader);
  }
  const sameHeading = dice(lower.heading, upper.heading) >= R.sameHeading;
  const titles = [...lower.titles].filter((t) => upper.titles.has(t));
  const targets = [...lower.targetKinds].filter((k) => upper.targetKinds.has(k));
  const copy = longestCopy(lower.plain, upper.plain, windowsOf(upper));
  const covered = copy === null ? 0 : finder.find(copy).reduce((n, h) => n + h.end - h.start, 0);
  const copied = copy !== null && copy.length - covered >= MIN_COPY_BEYOND_TERMS ? copy : null;
  let evidence = [...shared.values()].reduce((a, b) => a + b, 0);
  evidence += (sameHeading ? R.headingWeight : 0) + titles.length * R.titleWeight + targets.length * R.targetWeight;
  evidence += copied ? R.copyWeight : 0;
  anchored ||= sameHeading || titles.length > 0 || targets.length > 0 || copied !== null;
  // A heading alone is a shared name, not a shared measure (提升城市智慧化水平 over 算力 vs over 城市数据大脑).
  if (shared.size === 0 && titles.length === 0 && copied === null) return null;
  if (evidence < (anchored ? R.minAnchoredEvidence : R.minEvidence)) return null;

  const categories: CategoryId[] = lower.categories.filter((c) => upper.categories.includes(c));
  const raw = evidence + (categories.length > 0 ? R.categoryWeight : 0);
  const terms = [...shared].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([t]) => t);
  return {
    score: Math.round((1 - Math.exp(-raw / R.scale)) * 1000) / 1000,
    evidence: { terms, sameHeading, copied, titles, targets, categories },
  };
}
