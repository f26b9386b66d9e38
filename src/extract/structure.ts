import { parseChineseNumeral } from './chinese-numerals.ts';
import { splitParagraphs, type Paragraph } from './paragraphs.ts';

export type ParagraphRole = 'preamble' | 'section' | 'intro' | 'task' | 'continuation' | 'trailer';

/** How tasks are numbered: （一）/(一), 1．/1., (1). */
export type NumberingStyle = 'paren-cn' | 'arabic-dot' | 'paren-arabic' | 'cn-comma';

export interface StructuredParagraph extends Paragraph {
  role: ParagraphRole;
}

export interface SectionHead {
  seq: number;
  title: string;
  start: number;
  end: number;
  /** The numeral (一、) was lost in scraping and the number is inferred from its neighbours. */
  numeralLost: boolean;
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
}

export interface DocumentStructure {
  paragraphs: StructuredParagraph[];
  sections: SectionHead[];
  tasks: TaskBlock[];
  style: NumberingStyle | null;
}

interface Head {
  style: NumberingStyle;
  num: number;
  labelLength: number;
  /** A bracket of the label was lost in scraping: (一 or 一). */
  broken: boolean;
}

const CN = '[一二三四五六七八九十百]+';
const HEAD_PATTERNS: Array<{ style: NumberingStyle; re: RegExp; broken: boolean; arabic?: boolean }> = [
  { style: 'paren-cn', re: new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*`), broken: false },
  { style: 'paren-arabic', re: /^[（(]\s*(\d{1,3})\s*[)）]\s*/, broken: false, arabic: true },
  { style: 'arabic-dot', re: /^(\d{1,3})\s*[．.、](?!\d)\s*/, broken: false, arabic: true },
  { style: 'paren-cn', re: new RegExp(`^(${CN})\\s*[)）]\\s*`), broken: true },
  { style: 'paren-cn', re: new RegExp(`^[（(]\\s*(${CN})(?=[\\u4e00-\\u9fff])`), broken: true },
];

const SECTION_RE = new RegExp(`^(${CN})\\s*[、，,．.]\\s*(\\S.*)$`);
const LOST_SECTION_RE = /^[、，,]\s*([^\s。；;]{2,38})$/;
const TERMINAL = /[。！？；;!?）)」”"]$/;

function matchHead(text: string): Head | null {
  for (const p of HEAD_PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const num = p.arabic ? Number(m[1]) : parseChineseNumeral(m[1]!);
    if (!Number.isFinite(num) || num <= 0) continue;
    // A label must lead into words, not stand alone or run into a number (1.8万个).
    if (m[0].length >= text.length) continue;
    return { style: p.style, num, labelLength: m[0].length, broken: p.broken };
  }
  return null;
}

function matchSection(text: string): { num: number; title: string } | null {
  const m = SECTION_RE.exec(text);
  if (!m) return null;
  const num = parseChineseNumeral(m[1]!);
  const title = m[2]!.trim();
  // Section titles are short headings; a long sentence after 一、 is body text.
  if (!Number.isFinite(num) || title.length > 40 || /。./.test(title)) return null;
  return { num, title: title.replace(/。$/, '') };
}

function labelOf(style: NumberingStyle, num: number): string {
  return style === 'arabic-dot' ? `${num}.` : `(${num})`;
}

/**
 * Finds sections and numbered tasks. Tasks must follow in sequence (or restart at 1 after a section), which
 * keeps sentences that merely begin with a number from being read as tasks; a label that lost a bracket is
 * accepted only where its number is the one expected next.
 */
export function findStructure(cleaned: string): DocumentStructure {
  const paragraphs = splitParagraphs(cleaned);
  const heads = paragraphs.map((p) => matchHead(p.text));
  const sectionHeads = paragraphs.map((p) => matchSection(p.text));

  const style = chooseStyle(heads);

  const roles: ParagraphRole[] = paragraphs.map(() => 'preamble');
  const taskIdx: number[] = [];
  const taskNums: number[] = [];
  const sectionIdx: number[] = [];
  let last = 0;
  let justAfterSection = false;
  let started = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const h = heads[i];
    if (style && h && h.style === style) {
      const expected = last + 1;
      const ok = h.broken ? h.num === expected : h.num === expected || (h.num === 1 && justAfterSection) || (h.num > last && h.num <= last + 3 && started);
      if (ok || (!started && h.num === 1)) {
        roles[i] = 'task';
        taskIdx.push(i);
        taskNums.push(h.num);
        last = h.num;
        started = true;
        justAfterSection = false;
        continue;
      }
    }
    const s = sectionHeads[i];
    if (s && !(h && h.style === style)) {
      roles[i] = 'section';
      sectionIdx.push(i);
      justAfterSection = true;
      continue;
    }
    if (started && LOST_SECTION_RE.test(paragraphs[i]!.text) && heads[i + 1]?.style === style) {
      roles[i] = 'section';
      sectionIdx.push(i);
      justAfterSection = true;
      continue;
    }
    // A heading that lost its numeral and its 、 entirely: a short unpunctuated line between two tasks.
    const prevRole = roles[i - 1];
    if (
      started &&
      (prevRole === 'task' || prevRole === 'continuation') &&
      heads[i + 1]?.style === style &&
      paragraphs[i]!.text.length <= 25 &&
      !/[。，,；;：:、（）()]/.test(paragraphs[i]!.text) &&
      TERMINAL.test(paragraphs[i - 1]!.text)
    ) {
      roles[i] = 'section';
      sectionIdx.push(i);
      justAfterSection = true;
      continue;
    }
  }

  // The body begins at the section heading right before the first task; earlier "一、" lines are front matter.
  const firstTask = taskIdx[0] ?? paragraphs.length;
  const lastTask = taskIdx[taskIdx.length - 1] ?? -1;
  const bodyStartIdx = sectionIdx.filter((i) => i < firstTask).pop() ?? firstTask;

  // Roles between heads: intros after sections, continuations after tasks, trailers after the last task.
  let current: ParagraphRole = 'preamble';
  for (let i = 0; i < paragraphs.length; i++) {
    const r = roles[i]!;
    if (i < bodyStartIdx) {
      roles[i] = 'preamble';
      continue;
    }
    if (r === 'task') {
      current = 'continuation';
      continue;
    }
    if (r === 'section') {
      current = 'intro';
      continue;
    }
    if (i > lastTask) {
      // After the last task, only a line that finishes the last task's unfinished sentence still belongs to it.
      const prev = paragraphs[i - 1]!;
      const prevRole = roles[i - 1];
      roles[i] = (prevRole === 'task' || prevRole === 'continuation') && !TERMINAL.test(prev.text) ? 'continuation' : 'trailer';
      continue;
    }
    roles[i] = current;
  }
  // A section heading after the last task is not body.
  for (let i = lastTask + 1; i < paragraphs.length; i++) if (roles[i] === 'section') roles[i] = 'trailer';

  const sections: SectionHead[] = [];
  let seq = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (roles[i] !== 'section') continue;
    const s = sectionHeads[i];
    const lost = !s;
    seq = s ? s.num : seq + 1;
    const p = paragraphs[i]!;
    const title = s ? s.title : p.text.replace(/^[、，,]\s*/, '');
    sections.push({ seq, title, start: p.start, end: p.end, numeralLost: lost });
  }

  const tasks: TaskBlock[] = [];
  for (let k = 0; k < taskIdx.length; k++) {
    const i = taskIdx[k]!;
    let j = i;
    while (j + 1 < paragraphs.length && roles[j + 1] === 'continuation') j++;
    const p = paragraphs[i]!;
    const h = heads[i]!;
    const sectionBefore = [...sections].reverse().find((s) => s.start < p.start);
    tasks.push({
      num: taskNums[k]!,
      label: labelOf(h.style, taskNums[k]!),
      style: h.style,
      sectionSeq: sectionBefore?.seq ?? 0,
      start: p.start,
      end: paragraphs[j]!.end,
      bodyStart: p.start + h.labelLength,
    });
  }

  return {
    paragraphs: paragraphs.map((p, i) => ({ ...p, role: roles[i]! })),
    sections,
    tasks,
    style,
  };
}

/** The numbering style with the longest in-sequence run from 1 is the task style. */
function chooseStyle(heads: Array<Head | null>): NumberingStyle | null {
  const score = new Map<NumberingStyle, number>();
  const last = new Map<NumberingStyle, number>();
  for (const h of heads) {
    if (!h || h.broken) continue;
    const prev = last.get(h.style) ?? 0;
    if (h.num === prev + 1 || h.num === 1) {
      score.set(h.style, (score.get(h.style) ?? 0) + 1);
      last.set(h.style, h.num);
    }
  }
  let best: NumberingStyle | null = null;
  let bestScore = 0;
  for (const [s, n] of score) if (n > bestScore) [best, bestScore] = [s, n];
  return best;
}
