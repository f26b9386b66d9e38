import type { ExtractedDocument, Target } from '../../src/domain/task.ts';
import { withIndicators } from '../../src/indicators/with-indicators.ts';
import { extractShipped, sourceIndex } from '../extract/fixtures.ts';

/** The five shipped documents, extracted and labelled the way `npm run extract -- --all` does. */
export function labelledShipped(): ExtractedDocument[] {
  return sourceIndex().map((d) => withIndicators(extractShipped(d.id).doc));
}

/** Every target of the documents with its task id, in document order. */
export function targetsOf(docs: readonly ExtractedDocument[]): Array<{ task: string; target: Target }> {
  return docs.flatMap((d) => d.tasks.flatMap((t) => t.targets.map((target) => ({ task: t.id, target }))));
}
