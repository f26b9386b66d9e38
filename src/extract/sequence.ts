import type { Label, NumberingStyle } from './labels.ts';
import type { Paragraph } from './paragraphs.ts';

/** An accepted heading: a section (一、) or a task of the task style. */
export interface Head {
  kind: 'section' | 'task';
  /** Cleaned-text offset of the heading; for a section that lost its numeral, its line. */
  pos: number;
  /** Where the words after the label begin. */
  bodyStart: number;
  num: number;
  /** Null for a section whose numeral was lost in scraping. */
  label: Label | null;
  /** Sections: the heading's words and where they end. */
  title: string;
  titleEnd: number;
  lineIndex: number;
}

const LOST_SECTION_RE = /^[、，,]\s*([^\s。；;]{2,38})$/;
const LOST_MIDLINE_RE = /[。）)]\s*([、，,]\s*([^\s。；;，,、（）()]{2,38}))\s*$/;
export const TERMINAL = /[。！？；;!?）)」”"]$/;
// Words that open a section's introduction; with the line breaks lost, the heading ends where one begins.
const INTRO_OPENER = /坚持|围绕|以习近平|深入贯彻|深入实施|全面贯彻|全面落实|聚焦|按照|着力|紧紧|牢固树立|立足|面向|为深入|为加快|为进一步/g;

/**
 * Tasks must follow in sequence (or restart at 1 after a section), which keeps sentences that merely begin with
 * a number from being read as tasks. At a line start a label may skip a few numbers and a label missing a
 * bracket (一)) counts where its number is expected; mid-line, where only a copy without line breaks puts
 * headings, a label counts only as exactly the next number.
 */
export function findSequence(text: string, lines: Paragraph[], labels: readonly Label[], style: NumberingStyle): Head[] {
  const out: Head[] = [];
  const hasSections = labels.some((l) => l.kind === 'section' && l.place === 'line');
  // Where a style's next label is: a sequence may start at a label other than 1 (the first task's label was lost
  // in copying) when the next label of its style follows it in order.
  const nextNum = new Map<Label, number>();
  const lastOf = new Map<NumberingStyle | null, Label>();
  for (const l of labels) {
    if (l.kind !== 'head' || l.place === 'inline') continue;
    const prev = lastOf.get(l.style);
    if (prev) nextNum.set(prev, l.num);
    lastOf.set(l.style, l);
  }
  let last = 0;
  let lastSection = 0;
  let started = false;
  let justAfterSection = false;

  const acceptTask = (l: Label, atStart: boolean): boolean => {
    const expected = last + 1;
    if (atStart) {
      const ok = l.broken ? l.num === expected : l.num === expected || (l.num === 1 && justAfterSection) || (l.num > last && l.num <= last + 3 && started);
      return ok || (!started && (l.num === 1 || (!l.broken && nextNum.get(l) === l.num + 1)));
    }
    if (l.broken) return false;
    if (!started && l.num > 1 && nextNum.get(l) === l.num + 1 && !l.broken) return l.place === 'boundary';
    return (started && l.num === expected) || (l.num === 1 && (justAfterSection || (!started && !hasSections)));
  };
  const pushSection = (h: Omit<Head, 'kind' | 'num' | 'bodyStart'> & { num: number }) => {
    out.push({ ...h, kind: 'section', bodyStart: h.titleEnd });
    lastSection = h.num;
    justAfterSection = true;
  };

  let k = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    while (k < labels.length && labels[k]!.pos < line.start) k++;
    let j = k;
    while (j < labels.length && labels[j]!.pos < line.end) j++;
    const inLine = labels.slice(k, j);
    k = j;
    let headAtStart = false;
    for (let n = 0; n < inLine.length; n++) {
      const l = inLine[n]!;
      const atStart = l.pos === line.start;
      if (l.kind === 'head') {
        if (l.style !== style || !acceptTask(l, atStart)) continue;
        if (!atStart && started) {
          // Mid-line too, a heading that lost its numeral sits between a task's end and the next task.
          const from = Math.max(line.start, l.pos - 42);
          const lost = LOST_MIDLINE_RE.exec(text.slice(from, l.pos));
          if (lost) {
            const pos = from + lost.index + lost[0].indexOf(lost[1]!);
            pushSection({ pos, num: lastSection + 1, label: null, title: lost[2]!, titleEnd: pos + lost[1]!.length, lineIndex: li });
          }
        }
        out.push({ kind: 'task', pos: l.pos, bodyStart: l.pos + l.length, num: l.num, label: l, title: '', titleEnd: l.pos + l.length, lineIndex: li });
        last = l.num;
        started = true;
        justAfterSection = false;
        headAtStart ||= atStart;
        continue;
      }
      if (!atStart && l.num !== lastSection + 1) continue;
      const nextHead = inLine.slice(n + 1).find((x) => x.kind === 'section' || x.style === style);
      // Run into the words before it (a list of bodies that ended its line), a heading counts only when its
      // short title leads straight into the next task: 统计局二、持续优化城镇化空间布局和形态（五）.
      if (l.place === 'inline') {
        const gap = nextHead ? nextHead.pos - (l.pos + l.length) : Infinity;
        if (!nextHead || nextHead.kind !== 'head' || gap > 40 || !(nextHead.num === last + 1 || nextHead.num === 1)) continue;
        if (/[。；;]/.test(text.slice(l.pos + l.length, nextHead.pos))) continue;
      }
      const stop = nextHead?.pos ?? line.end;
      const title = sectionTitle(text, l, stop, line.end);
      if (!title || (title.cut && l.num !== lastSection + 1)) continue;
      pushSection({ pos: l.pos, num: l.num, label: l, title: title.title, titleEnd: title.end, lineIndex: li });
      headAtStart ||= atStart;
    }
    if (headAtStart || !started) continue;
    // Headings that lost their numeral (、强化…) or their whole label: a line between two tasks.
    const next = labels[k];
    const nextLine = lines[li + 1];
    const nextIsTask = !!next && !!nextLine && next.pos === nextLine.start && next.kind === 'head' && next.style === style;
    if (!nextIsTask) continue;
    const lost = LOST_SECTION_RE.exec(line.text);
    const bare =
      out.at(-1)?.kind === 'task' && line.text.length <= 25 && !/[。，,；;：:、（）()]/.test(line.text) && TERMINAL.test(lines[li - 1]?.text ?? '');
    if (lost || bare) {
      pushSection({ pos: line.start, num: lastSection + 1, label: null, title: lost ? lost[1]! : line.text, titleEnd: line.end, lineIndex: li });
    }
  }
  return out;
}

/**
 * A section heading's words, from after its label to `stop` (the next label on its line, or the line end). On
 * a line of its own a heading is short and no sentence; run into its introduction (line breaks lost), it ends
 * at its first 。, where the introduction's opening words begin, or at its first clause.
 */
function sectionTitle(text: string, l: Label, stop: number, lineEnd: number): { title: string; end: number; cut: boolean } | null {
  const from = l.pos + l.length;
  const seg = text.slice(from, stop).trimEnd();
  if (seg.length === 0 || /^[一二三四五六七八九十百]/.test(seg)) return null;
  if (seg.length <= 40 && !/[。；;]./.test(seg)) return { title: seg.replace(/[。；;]$/, ''), end: from + seg.length, cut: false };
  if (stop === lineEnd && l.place === 'line') return null;
  const stopAt = (i: number, skip: number) => ({ title: seg.slice(0, i), end: from + i + skip, cut: true });
  const full = seg.search(/[。；;]/);
  if (full > 0 && full <= 40) return stopAt(full, 1);
  INTRO_OPENER.lastIndex = 4;
  const opener = INTRO_OPENER.exec(seg);
  if (opener && opener.index <= 40) return stopAt(opener.index, 0);
  const clause = seg.search(/[，,：:]/);
  if (clause > 0 && clause <= 40) return stopAt(clause, 0);
  return stopAt(30, 0);
}
