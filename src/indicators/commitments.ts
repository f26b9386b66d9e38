import type { Bound, ExtractedDocument, Span, Target } from '../domain/task.ts';
import { documentRegion, targetRegion, type IndicatorRegion } from './target-region.ts';

/** What the cross-level reading needs of an extracted document; `framing` holds headline targets when extracted. */
export type IndicatorDocument = Pick<ExtractedDocument, 'document' | 'tasks'> & {
  framing?: Array<{ targets: Target[] }>;
};

/** Where a commitment is written: the source sentence is the document text at `span`. */
export interface CommitmentSource {
  documentId: string;
  /** The task holding the target; null for a headline target of the document's framing. */
  taskId: string | null;
  span: Span;
  /** The clause as extracted (全年建设保障性租赁住房2万套). */
  text: string;
  /** The quantity as written (2万套). */
  quantity: string;
}

/** One region's commitment to an indicator: a value in one unit by one deadline, however often it is written. */
export interface Commitment {
  regionKey: string;
  value: number;
  max?: number;
  unit: string;
  deadline: string | null;
  bound: Bound;
  approx: boolean;
  /** Every place it is written, in document order: 洋县 states its 28 老旧小区 twice. */
  sources: CommitmentSource[];
}

export interface IndicatorCommitments {
  commitments: Commitment[];
  /** Every region a document is issued for or a commitment belongs to. */
  regions: Map<string, IndicatorRegion & { parentKey: string | null }>;
  /** Ids of the documents issued for each region (regions named only in a clause have none). */
  documentsByRegion: Map<string, string[]>;
  /** Documents whose region the extraction could not tell: left out. */
  unplaced: string[];
}

/**
 * Every commitment the documents make to one indicator, by region, the same value written twice merged into one
 * commitment with two sources. A composite's parent is the region of the document that names it.
 */
export function indicatorCommitments(docs: readonly IndicatorDocument[], indicatorId: string): IndicatorCommitments {
  const byKey = new Map<string, Commitment>();
  const regions: IndicatorCommitments['regions'] = new Map();
  const documentsByRegion = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const doc of docs) {
    const documentId = doc.document.id ?? doc.document.title;
    const issuer = documentRegion(doc.document);
    if (!issuer) {
      unplaced.push(documentId);
      continue;
    }
    if (!regions.has(issuer.key)) regions.set(issuer.key, { ...issuer, parentKey: null });
    documentsByRegion.set(issuer.key, [...(documentsByRegion.get(issuer.key) ?? []), documentId]);
    const add = (target: Target, taskId: string | null, region: IndicatorRegion) => {
      const ind = target.indicator;
      if (!ind || ind.id !== indicatorId) return;
      if (!regions.has(region.key)) regions.set(region.key, { ...region, parentKey: region.level === 'composite' ? issuer.key : null });
      const key = [region.key, ind.unit, ind.value, ind.max ?? '', target.deadline ?? ''].join('|');
      const source: CommitmentSource = { documentId, taskId, span: target.span, text: target.text, quantity: target.quantity };
      const seen = byKey.get(key);
      if (seen) {
        seen.sources.push(source);
        return;
      }
      const c: Commitment = { regionKey: region.key, value: ind.value, unit: ind.unit, deadline: target.deadline, bound: target.bound, approx: target.approx, sources: [source] };
      if (ind.max !== undefined) c.max = ind.max;
      byKey.set(key, c);
    };
    for (const f of doc.framing ?? []) for (const t of f.targets) add(t, null, issuer);
    for (const task of doc.tasks) for (const t of task.targets) add(t, task.id, targetRegion(t, task.places, issuer));
  }
  return { commitments: [...byKey.values()], regions, documentsByRegion, unplaced };
}
