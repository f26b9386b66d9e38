import { labelText, scanLabels, type NumberingStyle } from './labels.ts';
import { chooseTaskStyle, findItemRuns, type LevelReason } from './levels.ts';
import { splitParagraphs, type Paragraph } from './paragraphs.ts';
import { findSequence } from './sequence.ts';
import { findTocRanges } from './toc.ts';
import { lastTaskEnd } from './trailer.ts';

export type { NumberingStyle } from './labels.ts';

export type ParagraphRole = 'preamble' | 'toc' | 'section' | 'intro' | 'task' | 'continuation' | 'trailer';

export interface StructuredParagraph extends Paragraph {
  role: ParagraphRole;
}

export interface SectionHead {
  seq: number;
  title: string;
  /** Cleaned-text offsets of the heading, label included. */
  start: number;
  end: number;
  /** The unnumbered text between the heading and its first task, if any. */
  intro: [number, number] | null;
  /** The numeral (一、) was lost in scraping and the number is inferred from its neighbours. */
  numeralLost: boolean;
  /** The numeral as written with 、 (二、); empty when lost. */
  numeral: string;
}

export interface ItemBlock {
  num: number;
  label: string;
  start: number;
  end: number;
  bodyStart: number;
}

export interface TaskBlock {
  num: number;
  label: string;
  style: NumberingStyle;
  sectionSeq: number;
  /** Cleaned-text offsets of the whole task, label included. */
  start: number;
  end: number;
  /** Where the text after the label begins. */
  bodyStart: number;
  /** Numbered sub-items one level down, in order. */
  items: ItemBlock[];
}

export interface DocumentStructure {
  paragraphs: StructuredParagraph[];
  sections: SectionHead[];
  tasks: TaskBlock[];
  style: NumberingStyle | null;
  /** Why `style` is the task level: it sits directly under the sections, or it is the top numbered level. */
  levelReason: LevelReason;
  itemStyle: NumberingStyle | null;
  /** Tables of contents that were skipped. */
  toc: Array<[number, number]>;
}

/**
 * Finds sections, tasks and their sub-items from the labels in the text, wherever they stand: at line starts,
 * or mid-line in a copy that lost its paragraph breaks. A table of contents is skipped; the task level is the
 * one directly under the sections (levels.ts); tasks follow in sequence (sequence.ts).
 */
export function findStructure(cleaned: string): DocumentStructure {
  const lines = splitParagraphs(cleaned);
  const all = scanLabels(cleaned);
  const toc = findTocRanges(cleaned, all);
  const labels = toc.length === 0 ? all : all.filter((l) => !toc.some(([s, e]) => l.pos >= s && l.pos < e));
  const { style, reason } = chooseTaskStyle(labels);
  const heads = style ? findSequence(cleaned, lines, labels, style) : [];

  const firstTask = heads.findIndex((h) => h.kind === 'task');
  const lastTask = heads.findLastIndex((h) => h.kind === 'task');
  // The body begins at the section heading right before the first task (with the sections numbered in sequence
  // before it, which hold no tasks); earlier "一、" lines are front matter, and a heading after the last task is
  // not body.
  let bodyFrom = firstTask;
  if (firstTask > 0 && heads[firstTask - 1]!.kind === 'section') {
    bodyFrom = firstTask - 1;
    while (bodyFrom > 0 && heads[bodyFrom - 1]!.kind === 'section' && heads[bodyFrom - 1]!.label && heads[bodyFrom]!.label && heads[bodyFrom - 1]!.num === heads[bodyFrom]!.num - 1) bodyFrom--;
  }
  const body = firstTask < 0 ? [] : heads.slice(bodyFrom, lastTask + 1);

  const sections: SectionHead[] = [];
  const tasks: TaskBlock[] = [];
  let seq = 0;
  for (let k = 0; k < body.length; k++) {
    const h = body[k]!;
    const nextPos = k + 1 < body.length ? body[k + 1]!.pos : -1;
    if (h.kind === 'section') {
      seq = h.label ? h.label.num : seq + 1;
      const introEnd = nextPos >= 0 ? trimEnd(cleaned, nextPos) : h.titleEnd;
      const introStart = trimStart(cleaned, h.titleEnd, introEnd);
      sections.push({
        seq,
        title: h.title,
        start: h.pos,
        end: h.titleEnd,
        intro: introEnd > introStart ? [introStart, introEnd] : null,
        numeralLost: !h.label,
        numeral: h.label ? cleaned.slice(h.pos, h.pos + h.label.length).trim().replace(/[、，,．.]$/, '、') : '',
      });
      continue;
    }
    const end = nextPos >= 0 ? trimEnd(cleaned, nextPos) : lastTaskEnd(cleaned, lines, h, tasks);
    tasks.push({ num: h.num, label: labelText(style!, h.num), style: style!, sectionSeq: sections.at(-1)?.seq ?? 0, start: h.pos, end, bodyStart: h.bodyStart, items: [] });
  }

  let itemStyle: NumberingStyle | null = null;
  if (style && tasks.length > 0) {
    const runs = findItemRuns(labels, style, tasks);
    runs.forEach((run, k) => {
      const t = tasks[k]!;
      if (run.labels.length > 0) itemStyle = run.style;
      t.items = run.labels.map((l, j) => {
        const next = run.labels[j + 1];
        return { num: l.num, label: labelText(run.style, l.num), start: l.pos, end: next ? trimEnd(cleaned, next.pos) : t.end, bodyStart: l.pos + l.length };
      });
    });
  }

  return { paragraphs: roleParagraphs(cleaned, lines, sections, tasks, toc), sections, tasks, style, levelReason: style ? reason : 'none', itemStyle, toc };
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function trimStart(text: string, start: number, limit: number): number {
  let s = start;
  while (s < limit && /\s/.test(text[s]!)) s++;
  return s;
}

/**
 * The lines cut where headings begin and end, each with its role. The front matter ('preamble') is what the
 * metadata is read from.
 */
function roleParagraphs(text: string, lines: Paragraph[], sections: SectionHead[], tasks: TaskBlock[], toc: Array<[number, number]>): StructuredParagraph[] {
  const cuts: Array<{ at: number; role: ParagraphRole }> = [];
  for (const s of sections) {
    cuts.push({ at: s.start, role: 'section' });
    if (s.intro) cuts.push({ at: s.intro[0], role: 'intro' });
  }
  for (const t of tasks) {
    cuts.push({ at: t.start, role: 'task' });
    cuts.push({ at: t.end, role: 'trailer' });
  }
  cuts.sort((a, b) => a.at - b.at);
  const bodyStart = cuts[0]?.at ?? text.length;
  const out: StructuredParagraph[] = [];
  let c = 0;
  let role: ParagraphRole = 'preamble';
  for (const line of lines) {
    let from = line.start;
    while (from < line.end) {
      while (c < cuts.length && cuts[c]!.at <= from) role = cuts[c++]!.role;
      const to = c < cuts.length && cuts[c]!.at < line.end ? cuts[c]!.at : line.end;
      const s = trimStart(text, from, to);
      const e = trimEnd(text, to);
      if (e > s) {
        const inToc = s < bodyStart && toc.some(([a, b]) => s >= a && s < b);
        out.push({ text: text.slice(s, e), start: s, end: e, role: inToc ? 'toc' : role });
      }
      from = to;
      if (role === 'task') role = 'continuation';
    }
  }
  return out;
}

