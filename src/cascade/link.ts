import type { ExtractedDocument } from '../domain/task.ts';
import { locatePlain } from './copied.ts';
import { taskFeatures, type TaskFeatures } from './features.ts';
import { TermWeights } from './idf.ts';
import { documentRegion, upperRegions } from './scope.ts';
import { LINK_RULES, scorePair } from './score.ts';
import { defaultTermFinder, type TermFinder } from './terms.ts';
import type { Link } from './types.ts';

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
  text: string;
  features: TaskFeatures;
}

/**
 * Every link between the documents' tasks: for each task, the tasks of documents one or more levels up that
 * it carries out, strongest first within each lower task. Candidates come from an inverted index per document
 * (term or heading bigram → tasks), so the cost grows with the tasks that share a term with a task, not with
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
  const docs = documents.map((doc) => doc.tasks.map((task): Indexed => ({ id: task.id, text: task.text, features: taskFeatures(task, finder) })));
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
      const candidates = new Set<Indexed>();
      for (const key of keysOf(lower.features)) for (const byKey of upper) for (const t of byKey.get(key) ?? []) candidates.add(t);
      const found: Link[] = [];
      for (const cand of candidates) {
        const s = scorePair(lower.features, cand.features, weights, finder);
        if (!s) continue;
        // Show a copied clause as the lower task writes it, punctuation and all.
        const at = s.evidence.copied === null ? null : locatePlain(lower.text, s.evidence.copied);
        if (at) s.evidence.copied = lower.text.slice(at[0], at[1]);
        found.push({ lower: lower.id, upper: cand.id, score: s.score, evidence: s.evidence });
      }
      found.sort((a, b) => b.score - a.score || a.upper.localeCompare(b.upper, 'en', { numeric: true }));
      links.push(...found);
    }
  });
  return links;
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
 * What a task is looked up by: its terms, and its heading's bigrams (two tasks under one heading share most of
 * them). Each key is prefixed with its kind so the two cannot collide.
 */
function keysOf(f: TaskFeatures): string[] {
  return [...[...f.terms.keys()].map((t) => `t:${t}`), ...[...f.heading].map((b) => `h:${b}`)];
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
