import type { Target } from '../domain/task.ts';
import { MARK } from './pattern-language.ts';

/** Ends a sentence: what a target's window reaches back to. */
const SENTENCE_END = /[。；;！!？?\n]/u;
/** Ends the words after a quantity: the counted noun (28个老旧小区) never runs past a clause. */
const CLAUSE_END = /[，,。；;、：:！!？?\n]/u;
const BACK = 160;
const AHEAD = 24;

export interface TargetWindow {
  /** The sentence up to the quantity, the mark (＃), then the words after the quantity up to the clause's end. */
  window: string;
  /** Where the target's clause was found in the text (-1 when it was not): where to look for the next target. */
  at: number;
}

/**
 * The words around a target's quantity, read from the text it was extracted from (a task's or sub-item's text).
 * Targets of one text come in order, so each is looked for from where the previous one was found (two clauses
 * can read alike). A target not found in the text, or given without one (a framing item that carries no text),
 * gets a window of its own clause only, with nothing after the quantity.
 */
export function targetWindow(target: Target, text: string | undefined, from = 0): TargetWindow {
  const clause = target.text;
  const lead = clause.endsWith(target.quantity) ? clause.slice(0, clause.length - target.quantity.length) : clause;
  const at = text ? text.indexOf(clause, from) : -1;
  if (!text || at < 0) return { window: `${lead.replaceAll(MARK, '#')}${MARK}`, at: -1 };
  const quantityStart = at + lead.length;
  const quantityEnd = at + clause.length;
  let start = quantityStart;
  while (start > 0 && quantityStart - start < BACK && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = quantityEnd;
  while (end < text.length && end - quantityEnd < AHEAD && !CLAUSE_END.test(text[end]!)) end++;
  // A mark written in the text itself must not pass for the quantity.
  const plain = (s: string) => s.replaceAll(MARK, '#');
  return { window: `${plain(text.slice(start, quantityStart))}${MARK}${plain(text.slice(quantityEnd, end))}`, at };
}
