import type { Task } from '../domain/task.ts';
import { locatePlain, plainText } from './copied.ts';
import { maskDepartments, quotedTitles } from './features.ts';
import { defaultTermFinder, type TermFinder } from './terms.ts';
import type { LinkEvidence } from './types.ts';

/** A stretch of a task's text to mark as evidence: [start, end) offsets into `task.text`. */
export interface EvidenceSpan {
  start: number;
  end: number;
  kind: 'term' | 'title' | 'copy';
  /** The evidence it stands for: a canonical term, a title, or the copied clause. */
  evidence: string;
}

/**
 * Every mention of a link's evidence in one task's text, in order: each shared term (its spellings, and the
 * specific terms that count as it), each cited 《title》, the copied clause. Offsets are into `task.text`; add
 * `task.span[0]` for the document text where the task has no scraping noise inside it (the extractor removes
 * markers such as @@ from `task.text`, so offsets past one shift by its length).
 */
export function evidenceSpans(task: Task, evidence: LinkEvidence, finder: TermFinder = defaultTermFinder()): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  const wanted = new Set(evidence.terms);
  for (const hit of finder.find(maskDepartments(task))) {
    const broader = finder.info(hit.term).broader;
    const term = wanted.has(hit.term) ? hit.term : broader !== null && wanted.has(broader) ? broader : null;
    if (term !== null) out.push({ start: hit.start, end: hit.end, kind: 'term', evidence: term });
  }
  const titles = new Set(evidence.titles);
  for (const m of task.text.matchAll(/《([^《》]{2,100})》/g)) {
    const [title] = quotedTitles(m[0]);
    if (title !== undefined && titles.has(title)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'title', evidence: title });
  }
  if (evidence.copied) {
    const at = locatePlain(task.text, plainText(evidence.copied));
    if (at) out.push({ start: at[0], end: at[1], kind: 'copy', evidence: evidence.copied });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
