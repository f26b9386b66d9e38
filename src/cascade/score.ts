import type { CategoryId } from '../domain/categories.ts';
import { longestCopy, MIN_COPY_BEYOND_TERMS } from './copied.ts';
import { dice, filterOf, samplesOf, type TaskFeatures } from './features.ts';
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
  /**
   * What the shared terms and cited titles must weigh at least, whatever else the pair shares: one line of
   * work in common. Headings, copies, targets and categories strengthen a link; they never make one.
   */
  minCoreEvidence: 2.5,
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

/** A pair that is a link: its score and evidence. */
export interface PairScore {
  score: number;
  evidence: LinkEvidence;
  /** Where the copied clause stands in the lower task's text, if there is one. */
  copiedAt: [number, number] | null;
}

/** The clause the lower task copies from the upper one, if it holds enough beyond the lexicon's terms. */
function copiedClause(lower: TaskFeatures, upper: TaskFeatures): [number, number] | null {
  const run = longestCopy(lower.plain, samplesOf(lower), upper.plain, filterOf(upper));
  if (run === null) return null;
  let covered = 0;
  for (let i = run[0]; i < run[1]; i++) covered += lower.inTerm[i]!;
  return run[1] - run[0] - covered >= MIN_COPY_BEYOND_TERMS ? [lower.plainAt[run[0]]!, lower.plainAt[run[1] - 1]! + 1] : null;
}

/** A lower task's term as every pair of it needs it: worked out once per task, not once per pair. */
export interface LowerTerm {
  term: string;
  /** IDF, halved for a context term. */
  weight: number;
  context: boolean;
  broader: string | null;
  /** centralDown, and weighty enough to anchor a link. */
  anchoring: boolean;
}

/** The lower task's terms that count, heaviest first (the order evidence lists them in). */
export function lowerTerms(f: TaskFeatures, weights: TermWeights, finder: TermFinder): LowerTerm[] {
  const out: LowerTerm[] = [];
  for (const term of f.terms.keys()) {
    const idf = weights.weight(term);
    if (idf < LINK_RULES.minTermWeight) continue;
    const { context, broader } = finder.info(term);
    const weight = context ? idf * LINK_RULES.contextFactor : idf;
    out.push({ term, weight, context, broader, anchoring: !context && weight >= LINK_RULES.minAnchorWeight && centralDown(f, term) });
  }
  return out.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

const NONE: never[] = [];

/** How strongly a lower task carries out an upper one, or null when it does not (by the rules above). */
export function scorePair(lower: TaskFeatures, terms: readonly LowerTerm[], upper: TaskFeatures): PairScore | null {
  const R = LINK_RULES;
  let shared: LowerTerm[] = [];
  let anchored = false;
  for (const t of terms) {
    if (!upper.terms.has(t.term)) continue;
    shared.push(t);
    if (t.anchoring && centralUp(upper, t.term)) anchored = true;
  }
  // A specific term and the broader one it counts as are one piece of evidence (关中平原城市群 is a 城市群).
  if (shared.some((t) => t.broader !== null)) shared = shared.filter((t) => !shared.some((x) => x.broader === t.term));
  const titles = lower.titles.size === 0 ? NONE : [...lower.titles].filter((t) => upper.titles.has(t));
  let evidence = titles.length * R.titleWeight;
  for (const t of shared) evidence += t.weight;
  if (evidence < R.minCoreEvidence) return null;

  const sameHeading = dice(lower.heading, upper.heading) >= R.sameHeading;
  const targets = lower.targetKinds.size === 0 ? NONE : [...lower.targetKinds].filter((k) => upper.targetKinds.has(k));
  const copied = copiedClause(lower, upper);
  evidence += (sameHeading ? R.headingWeight : 0) + targets.length * R.targetWeight + (copied ? R.copyWeight : 0);
  anchored ||= sameHeading || titles.length > 0 || targets.length > 0 || copied !== null;
  if (evidence < (anchored ? R.minAnchoredEvidence : R.minEvidence)) return null;

  const categories: CategoryId[] = lower.categories.filter((c) => upper.categories.includes(c));
  const raw = evidence + (categories.length > 0 ? R.categoryWeight : 0);
  return {
    score: Math.round((1 - Math.exp(-raw / R.scale)) * 1000) / 1000,
    evidence: { terms: shared.map((t) => t.term), sameHeading, copied: null, titles: [...titles], targets: [...targets], categories },
    copiedAt: copied,
  };
}
