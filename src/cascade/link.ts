import type { ExtractedDocument } from '../domain/task.ts';
import { taskFeatures, type TaskFeatures } from './features.ts';
import { TermWeights } from './idf.ts';
import { documentRegion, upperRegions } from './scope.ts';
import { LINK_RULES, lowerTerms, scorePair } from './score.ts';
import { defaultTermFinder, type TermFinder } from './terms.ts';
import type { Link } from './types.ts';

/** How linkDocuments weighs terms and picks the documents a document may carry out. */
export interface LinkOptions {
  /** Documents counted for how rare a term is, but not linked (the shipped corpus behind two loose files). */
  background?: readonly ExtractedDocument[];
  /**
   * Which documents (by index) a document may carry out. Default: those of regions strictly containing its
   * region, not issued in a later year (when both years are known). A plan does not carry out its own
   * region's other plans, nor one issued after it.
   */
  uppers?: (lower: number) => number[];
  finder?: TermFinder;
}

interface Indexed {
  id: string;
  /** Scratch for candidates(): the lower task it was last met for, and the weight gathered then. */
  seenFor: number;
  gathered: number;
  /** Position in the documents' task order: ties between equal scores go to the earlier task. */
  order: number;
  text: string;
  features: TaskFeatures;
}

/**
 * Every link between the documents' tasks: for each task, the tasks of documents one or more levels up that
 * it carries out, strongest first within each lower task. Candidates come from an inverted index per document
 * (term or cited title → tasks), so the cost grows with the tasks that share a term with a task, not with
 * pairs of tasks. Documents need distinct ids (task ids are `${document.id}/${seq}`).
 */
export function linkDocuments(documents: readonly ExtractedDocument[], opts: LinkOptions = {}): Link[] {
  const finder = opts.finder ?? defaultTermFinder();
  const ids = new Set<string | null>();
  for (const d of documents) {
    if (ids.has(d.document.id)) throw new Error(`linkDocuments: two documents share the id ${String(d.document.id)}`);
    ids.add(d.document.id);
  }
  const weights = new TermWeights();
  let order = 0;
  const docs = documents.map((doc) =>
    doc.tasks.map((task): Indexed => ({ id: task.id, seenFor: -1, gathered: 0, order: order++, text: task.text, features: taskFeatures(task, finder) })),
  );
  for (const tasks of docs) for (const t of tasks) weights.add(t.features.terms.keys());
  for (const b of opts.background ?? []) {
    if (ids.has(b.document.id)) continue;
    for (const task of b.tasks) weights.add(taskFeatures(task, finder).terms.keys());
  }

  const uppers = opts.uppers ?? byRegion(documents);
  const index = new Map<number, Map<string, Indexed[]>>();
  const indexOf = (k: number) => {
    let byKey = index.get(k);
    if (!byKey) index.set(k, (byKey = indexDocument(docs[k]!, weights)));
    return byKey;
  };
  const links: Link[] = [];
  docs.forEach((tasks, k) => {
    const upper = uppers(k).map(indexOf);
    if (upper.length === 0) return;
    for (const lower of tasks) {
      const found: Array<[Link, number]> = [];
      const terms = lowerTerms(lower.features, weights, finder);
      for (const cand of candidates(lower, upper, weights)) {
        // What the shared terms and titles could weigh at most: below the floor, no need to look closer.
        if (cand.gathered < LINK_RULES.minCoreEvidence) continue;
        const s = scorePair(lower.features, terms, cand.features);
        if (!s) continue;
        // Show a copied clause as the lower task writes it, punctuation and all.
        if (s.copiedAt) s.evidence.copied = lower.text.slice(s.copiedAt[0], s.copiedAt[1]);
        found.push([{ lower: lower.id, upper: cand.id, score: s.score, evidence: s.evidence }, cand.order]);
      }
      found.sort((a, b) => b[0].score - a[0].score || a[1] - b[1]);
      for (const [link] of found) links.push(link);
    }
  });
  return links;
}

/**
 * The upper tasks sharing a term or a cited title with a lower task, each with an upper bound of what the
 * shared terms and titles weigh (a broader term counted beside its specific one, context terms at full weight)
 * in its `gathered`. Scratch fields on the tasks stand in for a map per lower task.
 */
function candidates(lower: Indexed, upper: ReadonlyArray<Map<string, Indexed[]>>, weights: TermWeights): Indexed[] {
  const out: Indexed[] = [];
  for (const key of keysOf(lower.features)) {
    const w = key.startsWith('t:') ? weights.weight(key.slice(2)) : LINK_RULES.titleWeight;
    for (const byKey of upper) {
      for (const t of byKey.get(key) ?? []) {
        if (t.seenFor !== lower.order) {
          t.seenFor = lower.order;
          t.gathered = 0;
          out.push(t);
        }
        t.gathered += w;
      }
    }
  }
  return out;
}

/** The default `uppers`: documents of strictly containing regions, not of a later year. */
function byRegion(documents: readonly ExtractedDocument[]): (lower: number) => number[] {
  const ofRegion = new Map<string, number[]>();
  documents.forEach((doc, k) => {
    const region = documentRegion(doc);
    if (region === null) return;
    const list = ofRegion.get(region);
    if (list) list.push(k);
    else ofRegion.set(region, [k]);
  });
  return (lower) => {
    const year = documents[lower]!.document.year;
    return upperRegions(documentRegion(documents[lower]!))
      .flatMap((r) => ofRegion.get(r) ?? [])
      .filter((k) => year === null || documents[k]!.document.year === null || documents[k]!.document.year! <= year);
  };
}

/**
 * What a task is looked up by: its terms and the titles it cites, the only evidence a link cannot do without
 * (score.ts). Each key is prefixed with its kind so the two cannot collide.
 */
function keysOf(f: TaskFeatures): string[] {
  return [...[...f.terms.keys()].map((t) => `t:${t}`), ...[...f.titles].map((b) => `《${b}`)];
}

/** One document's key → tasks, without terms too common to count. */
function indexDocument(tasks: readonly Indexed[], weights: TermWeights): Map<string, Indexed[]> {
  const byKey = new Map<string, Indexed[]>();
  for (const t of tasks) {
    for (const key of keysOf(t.features)) {
      if (key.startsWith('t:') && weights.weight(key.slice(2)) < LINK_RULES.minTermWeight) continue;
      const list = byKey.get(key);
      if (list) list.push(t);
      else byKey.set(key, [t]);
    }
  }
  return byKey;
}
