import type { CategoryId } from '../domain/categories.ts';

/** Why a lower task is taken to carry out an upper one. */
export interface LinkEvidence {
  /** Shared lexicon terms, the rarest (most telling) first. */
  terms: string[];
  /** Both tasks stand under the same heading (推进城镇基本公共服务均等化), give or take a verb. */
  sameHeading: boolean;
  /** The longest clause both write word for word (punctuation aside), if one of 12 characters or more. */
  copied: string | null;
  /** 《Titles》 both tasks quote. */
  titles: string[];
  /** Kinds of target both set, as `term·unit family` (老旧小区·items). */
  targets: string[];
  /** Categories both tasks are filed under. */
  categories: CategoryId[];
}

/**
 * A lower task carries out an upper task: a task of a document whose region strictly contains the lower
 * document's region (county → prefecture → province → China). Ids are `Task.id`.
 */
export interface Link {
  lower: string;
  upper: string;
  /** 0..1, higher is surer; comparable across links of one corpus. */
  score: number;
  evidence: LinkEvidence;
}
