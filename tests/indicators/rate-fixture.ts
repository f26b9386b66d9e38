import { loadGazetteer } from '../../data/gazetteer/load.ts';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { withIndicators } from '../../src/indicators/with-indicators.ts';
import { source } from '../extract/fixtures.ts';

/** A shipped document with one sentence added to its text, extracted and labelled as `--all` would. */
function amended(id: string, after: string, added: string): ExtractedDocument {
  const { meta, text } = source(id);
  const at = text.indexOf(after);
  if (at < 0) throw new Error(`${id}: no ${after}`);
  const changed = `${text.slice(0, at + after.length)}${added}${text.slice(at + after.length)}`;
  return withIndicators(extractDocument(changed, { gazetteer: loadGazetteer(), meta }));
}

/**
 * No two shipped documents of different levels commit to the same rate, so the rate comparisons are shown on
 * amended copies: the national plan adds 县城污水处理率达到96% to its task (二十四), 洋县 adds
 * 到2025年县城污水处理率达到93% to its task (十一); 陕西 2022 keeps its own 95% by 2025.
 */
export function sewageRateDocuments(shipped: readonly ExtractedDocument[]): ExtractedDocument[] {
  const national = amended('national-2022-key-tasks', '85%。', '县城污水处理率达到96%。');
  const yangxian = amended('yangxian-2023-work-points', '加强污水垃圾处理设施管理', ',到2025年县城污水处理率达到93%');
  return shipped.map((d) => (d.document.id === 'national-2022-key-tasks' ? national : d.document.id === 'yangxian-2023-work-points' ? yangxian : d));
}
