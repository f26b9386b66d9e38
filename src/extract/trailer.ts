import { FIELD_LINE } from './duty-lines.ts';
import type { Paragraph } from './paragraphs.ts';
import { TERMINAL, type Head } from './sequence.ts';

/** A responsibility note's words: bodies, or a role (负责, 牵头 …). */
const NOTE_WORDS = /(?:负责|牵头|参与|配合|指导|落实|下同|[部委局厅办署院]|政府|单位|部门)$/;

/** A line that opens a numbered sub-item (1．, （1）, ①), not a section (一、). */
const ITEM_LINE = /^(?:[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]+)\s*[)）]|\d{1,3}\s*[．.、]|[\u2460-\u2473])/;

/**
 * Where the last task ends. After its own line, only lines that finish its unfinished sentence, its numbered
 * sub-items and its fields (责任单位：…) belong to it; a closing paragraph, a signature or a page footer does not. In a copy that lost its line breaks all of that
 * is on the task's line: there, when the document's tasks end with responsibility notes, the last task ends
 * with its last note, and a short unfinished tail (信息来源: 省发改委, 国务院2018年12月21日) is cut off.
 */
export function lastTaskEnd(text: string, lines: Paragraph[], head: Head, before: ReadonlyArray<{ start: number; end: number }>): number {
  let li = head.lineIndex;
  while (li + 1 < lines.length) {
    const next = lines[li + 1]!.text;
    if (TERMINAL.test(lines[li]!.text) && !ITEM_LINE.test(next) && !FIELD_LINE.test(next)) break;
    li++;
  }
  const line = lines[li]!;
  const end = line.end;
  if (head.pos === lines[head.lineIndex]!.start) return end;

  const withNotes = before.filter((t) => lastNote(text, t.start, t.end)?.end === trimNoteEnd(text, t.end)).length;
  if (before.length >= 2 && withNotes >= before.length * 0.75) {
    const note = lastNote(text, head.bodyStart, end);
    if (note) {
      const after = text[note.end] === '。' ? note.end + 1 : note.end;
      if (end - after >= 15) return after;
    }
  }
  const seg = text.slice(head.bodyStart, end);
  let stop = -1;
  for (let i = seg.length - 1; i >= 0; i--) {
    if ('。！？）)'.includes(seg[i]!)) {
      stop = i;
      break;
    }
  }
  const tail = stop >= 0 ? seg.slice(stop + 1).trim() : '';
  return tail.length > 0 && tail.length <= 40 ? head.bodyStart + stop + 1 : end;
}

/** The end of a task's text before a closing 。 that follows its note. */
function trimNoteEnd(text: string, end: number): number {
  return text[end - 1] === '。' ? end - 1 : end;
}

/** The last bracketed responsibility note in [from, to): its end offset. */
function lastNote(text: string, from: number, to: number): { end: number } | null {
  let close = to;
  for (let tries = 0; tries < 4; tries++) {
    close = Math.max(text.lastIndexOf('）', close - 1), text.lastIndexOf(')', close - 1));
    if (close < from) return null;
    let depth = 0;
    let open = -1;
    for (let i = close; i >= from && i >= close - 400; i--) {
      const c = text[i];
      if (c === '）' || c === ')') depth++;
      else if ((c === '（' || c === '(') && --depth === 0) {
        open = i;
        break;
      }
    }
    const inner = open >= 0 ? text.slice(open + 1, close) : '';
    if (inner && NOTE_WORDS.test(inner.replace(/[，,。；;]?下同$/, '').replace(/[（(][^（）()]*[)）]$/, ''))) return { end: close + 1 };
  }
  return null;
}
