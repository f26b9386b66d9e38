import type { TextEdit } from './mapped-text.ts';

/**
 * Page furniture left by printing, PDF and web copies, found line by line: page markers (－ 12 －, 第3页 共9页,
 * 3/9), the running heads and footers printed next to them on every page, markdown headings and rules, and the
 * pipes of text tables. The edits blank them out (the map back to the original keeps their offsets out of
 * every span); a paragraph cut in two by a page break is joined again.
 */
export function pageNoiseEdits(text: string): TextEdit[] {
  const lines = splitLines(text);
  const marker = lines.map((l) => isPageMarker(l.content));
  const bareNumbers = lines.filter((l) => /^\d{1,3}$/.test(l.content)).length;
  if (bareNumbers < 2) for (let i = 0; i < lines.length; i++) if (/^\d{1,3}$/.test(lines[i]!.content)) marker[i] = false;
  const heads = runningHeads(lines, marker);

  const edits: TextEdit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (marker[i] || heads.has(i)) {
      edits.push(joinAcross(lines, i, marker, heads));
      continue;
    }
    const c = l.content;
    if (/^(?:[-=*_]\s*){3,}$/.test(c) || /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?$/.test(c)) {
      edits.push({ from: l.start, to: l.end, out: '' });
    } else if (/^#{1,6}\s/.test(c) || /^>\s?/.test(c)) {
      const m = /^(?:#{1,6}|>)\s?/.exec(c)!;
      edits.push({ from: l.start, to: l.start + m[0].length, out: '' });
    } else if (c.startsWith('|')) {
      // A text table's row: each cell on a line of its own.
      for (let k = l.start; k < l.end; k++) if (text.charCodeAt(k) === 0x7c) edits.push({ from: k, to: k + 1, out: '\n' });
    }
  }
  return mergeEdits(edits);
}

interface Line {
  /** Offsets of the trimmed content. */
  start: number;
  end: number;
  content: string;
  /** Offsets of the whole line, its break excluded. */
  lineStart: number;
  lineEnd: number;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, content: text.slice(s, e), lineStart: from, lineEnd: to });
    from = to + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

const PAGE_MARKER = [
  /^[-－—–―~～]\s*\d{1,4}\s*[-－—–―~～]$/,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/,
  /^\d{1,3}$/,
];

function isPageMarker(line: string): boolean {
  return line.length <= 16 && PAGE_MARKER.some((re) => re.test(line));
}

/**
 * Short lines printed right next to page markers on more than one page: a running head (the document's title,
 * 某某文件) or footer. Only their occurrences next to a marker go; the same words elsewhere (the real title) stay.
 */
function runningHeads(lines: Line[], marker: boolean[]): Set<number> {
  const near = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    if (!marker[i]) continue;
    for (const j of [i - 1, i + 1]) {
      const l = lines[j];
      if (!l || marker[j] || l.content.length > 40 || /[。；;]$/.test(l.content)) continue;
      const seen = near.get(l.content) ?? [];
      if (!seen.includes(j)) seen.push(j);
      near.set(l.content, seen);
    }
  }
  const out = new Set<number>();
  for (const idx of near.values()) if (idx.length >= 2) for (const j of idx) out.add(j);
  return out;
}

const TERMINAL = /[。！？；;!?）)」”"：:]$/;

/**
 * Blanks line i. When it sits inside a paragraph that a page break cut (the line before does not end a
 * sentence), the paragraph is joined again over the gap.
 */
function joinAcross(lines: Line[], i: number, marker: boolean[], heads: Set<number>): TextEdit {
  const l = lines[i]!;
  let p = i - 1;
  while (p >= 0 && (marker[p] || heads.has(p))) p--;
  let n = i + 1;
  while (n < lines.length && (marker[n] || heads.has(n))) n++;
  const prev = lines[p];
  const next = lines[n];
  if (prev && next && !TERMINAL.test(prev.content) && !/^[（(]?[一二三四五六七八九十\d]+[)）、．.]/.test(next.content)) {
    // From the end of the previous line's words to the start of the next line's, when this is the first of the run.
    if (p === i - 1) return { from: prev.end, to: next.start, out: '' };
    return { from: l.lineStart, to: l.lineEnd, out: '' };
  }
  return { from: l.start, to: l.end, out: '' };
}

/** Sorted, and an edit inside one already taken (a joined gap covers its markers) is dropped. */
function mergeEdits(edits: TextEdit[]): TextEdit[] {
  edits.sort((a, b) => a.from - b.from || b.to - a.to);
  const out: TextEdit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && e.from < last.to) continue;
    out.push(e);
  }
  return out;
}
