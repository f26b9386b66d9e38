import type { PdfLine } from './pdf-lines.ts';

const LABEL = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,3}[．.、](?!\d))/;

/**
 * Printed lines joined back into paragraphs, one per output line. A line continues the one before it when that
 * one runs to the right margin, this one starts at the left margin (a first-line indent starts a paragraph), the
 * gap between them is a line's, the font size is the same, and this line does not start a numbered item after a
 * finished sentence. The margins, the usual size and line pitch are measured on the document itself.
 */
export function joinLines(pages: PdfLine[][]): string {
  const lines = pages.flat();
  if (lines.length === 0) return '';
  const em = median(lines.map((l) => l.size));
  const left = commonMargin(lines.map((l) => l.x0), em);
  const right = densest(lines.map((l) => l.x1), em);
  const pitch = median(pages.flatMap((ls) => ls.slice(1).map((l, k) => ls[k]!.y - l.y)).filter((d) => d > 0)) || em * 1.5;

  const paragraphs: string[] = [];
  let current = '';
  let prev: PdfLine | null = null;
  for (const [p, page] of pages.entries()) {
    for (const [k, line] of page.entries()) {
      const samePage = k > 0;
      const continues =
        prev !== null &&
        // Line breaking keeps a closing mark off a line's start (面，), so a full line may end two characters short.
        prev.x1 >= right - 2.2 * em &&
        line.x0 <= left + 0.5 * em &&
        Math.abs(line.size - prev.size) <= 0.15 * prev.size &&
        (!samePage || prev.y - line.y <= 1.8 * pitch) &&
        !(LABEL.test(line.text) && /[。；;：:！？!?]$/.test(prev.text));
      if (continues) {
        current += /[A-Za-z0-9]$/.test(current) && /^[A-Za-z]/.test(line.text) ? ` ${line.text}` : line.text;
      } else {
        if (current) paragraphs.push(current);
        current = line.text;
      }
      prev = line;
    }
    if (p === pages.length - 1 && current) paragraphs.push(current);
  }
  return paragraphs.join('\n');
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/**
 * The left edge most lines share: the lowest position, to within half an em, that at least a tenth of the lines
 * start at. Titles and first-line indents start further right.
 */
function commonMargin(xs: number[], em: number): number {
  const asc = [...xs].sort((a, b) => a - b);
  const need = Math.max(1, Math.ceil(xs.length / 10));
  return asc.find((x) => countNear(asc, x, em / 2) >= need) ?? asc[0]!;
}

/** The right edge full lines end at: where, to within half an em, most lines end. */
function densest(xs: number[], em: number): number {
  const asc = [...xs].sort((a, b) => a - b);
  let best = asc[asc.length - 1]!;
  let bestCount = 0;
  for (const x of asc) {
    const n = countNear(asc, x, em / 2);
    if (n >= bestCount) [best, bestCount] = [x, n];
  }
  return best;
}

const countNear = (asc: number[], x: number, r: number) => upperBound(asc, x + r) - upperBound(asc, x - r - 1e-9);

/** Index of the first element greater than x in an ascending array. */
function upperBound(asc: number[], x: number): number {
  let lo = 0;
  let hi = asc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (asc[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
