import { parseChineseNumeral } from './chinese-numerals.ts';

/** How items are numbered: （一）/(一), 1．/1./1、, (1), ①. */
export type NumberingStyle = 'paren-cn' | 'arabic-dot' | 'paren-arabic' | 'circled';

/** Where a label stands: first on its line, after a sentence end or a space, or run into the words before it. */
export type LabelPlace = 'line' | 'boundary' | 'inline';

export interface Label {
  kind: 'section' | 'head';
  /** For heads. */
  style: NumberingStyle | null;
  num: number;
  /** Offset of the label's first character in the text. */
  pos: number;
  /** Characters of the label, spaces after it included. */
  length: number;
  /** A bracket was lost in scraping: 一) or (一 at a line start. */
  broken: boolean;
  place: LabelPlace;
}

/** Conventional rank of the numbering levels, highest first: 一、 > （一） > 1． > （1） > ①. */
export const STYLE_RANK: readonly NumberingStyle[] = ['paren-cn', 'arabic-dot', 'paren-arabic', 'circled'];

const CN = '[一二三四五六七八九十百]+';
// One pass finds every label-like run; its context decides later whether it is one. Numerals must not continue
// a longer numeral or number (十一、 is not 一、, 2023. is not 023.). The lookahead of every possible first
// character lets the engine skip most offsets at once; the lookbehinds that open the branches keep it from doing
// so on its own (a third faster on the shipped documents).
const LABEL = new RegExp(
  '(?=[（(\\d一二三四五六七八九十百\\u2460-\\u2473])(?:' +
  [
    `(?<!第)[（(][ \\t]*(${CN})[ \\t]*[)）]`,
    `(?<!第)[（(][ \\t]*(\\d{1,3})[ \\t]*[)）]`,
    `(?<![\\d.．])(\\d{1,3})[ \\t]*[．.、](?![.．]|\\d(?!\\d{3}年))`,
    `(?<![一二三四五六七八九十百千零〇两第])(${CN})[ \\t]*([、，,．.)）])`,
    `[（(][ \\t]*(${CN})(?=[\\u4e00-\\u9fff])`,
    '([\\u2460-\\u2473])',
  ].join('|') +
  ')',
  'g',
);

const BOUNDARY = /[。；;！!？?：:）)」』”"…]/;

/**
 * Every label in the text with its place: section numerals (一、), task and item numbering in its styles, and
 * the broken forms a scraper leaves at a line start (一) and (一强化). Mid-line labels are kept as candidates for
 * documents whose line breaks were lost; whether they count is decided by their sequence (structure.ts).
 */
export function scanLabels(text: string): Label[] {
  const out: Label[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const pos = m.index;
    let length = m[0].length;
    while (pos + length < text.length && (text[pos + length] === ' ' || text[pos + length] === '\t' || text[pos + length] === '\u3000')) length++;
    // A label must lead into words, not stand alone at the end or run into a number (1.8万个).
    const next = text.charCodeAt(pos + length);
    if (!(pos + length < text.length) || next === 10) continue;
    const place = placeOf(text, pos);
    const label = classify(m, pos, length, place);
    if (label) out.push(label);
  }
  return out;
}

function classify(m: RegExpExecArray, pos: number, length: number, place: LabelPlace): Label | null {
  const head = (style: NumberingStyle, num: number, broken = false): Label | null =>
    Number.isFinite(num) && num > 0 ? { kind: 'head', style, num, pos, length, broken, place } : null;
  if (m[1] !== undefined) return head('paren-cn', parseChineseNumeral(m[1]));
  if (m[2] !== undefined) return head('paren-arabic', Number(m[2]));
  if (m[3] !== undefined) {
    // Run into a word, 3、 counts things (3、4月), it does not number them.
    if (place === 'inline' && m[0].endsWith('、')) return null;
    return head('arabic-dot', Number(m[3]));
  }
  if (m[4] !== undefined) {
    const num = parseChineseNumeral(m[4]);
    if (!Number.isFinite(num) || num <= 0) return null;
    // 一) at a line start lost its opening bracket; 一、 is a section.
    if (m[5] === ')' || m[5] === '）') return place === 'line' ? head('paren-cn', num, true) : null;
    // Mid-line, 一， is a sentence's "first," far more often than a heading.
    if (place !== 'line' && (m[5] === '，' || m[5] === ',')) return null;
    return { kind: 'section', style: null, num, pos, length, broken: false, place };
  }
  if (m[6] !== undefined) return place === 'line' ? head('paren-cn', parseChineseNumeral(m[6]), true) : null;
  if (m[7] !== undefined) return head('circled', m[7].charCodeAt(0) - 0x245f);
  return null;
}

function placeOf(text: string, pos: number): LabelPlace {
  let i = pos - 1;
  let spaced = false;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 10) return 'line';
    if (c !== 32 && c !== 9 && c !== 0x3000) break;
    spaced = true;
    i--;
  }
  if (i < 0) return 'line';
  return spaced || BOUNDARY.test(text[i]!) ? 'boundary' : 'inline';
}

/** ASCII form of a task's or item's numbering, as Task.label holds it: "(3)", "3.". */
export function labelText(style: NumberingStyle, num: number): string {
  return style === 'arabic-dot' ? `${num}.` : `(${num})`;
}
