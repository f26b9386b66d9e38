/** A run of text as pdf.js places it: baseline origin (PDF units, y up), advance width and font size. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** One printed line: its text in left-to-right order and where it sits on the page. */
export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, PDF units from the bottom. */
  y: number;
  size: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * A page's lines in reading order, from pdf.js's items, which come in content-stream order (a producer may draw
 * the footer first, or a line in pieces). Items whose baselines lie within 40% of the font size form a line;
 * lines go top to bottom, items left to right. A copy drawn over itself (fake bold) counts once. A space is put
 * back between two items only where the gap is wide and neither side is CJK.
 */
export function pageLines(page: PdfPage): PdfLine[] {
  const items = page.items.filter((it) => it.str.trim() !== '' && it.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const it of items) {
    const g = groups[groups.length - 1];
    const ref = g?.[0];
    if (g && ref && Math.abs(ref.y - it.y) <= 0.4 * Math.min(ref.size, it.size)) g.push(it);
    else groups.push([it]);
  }
  return groups.map(lineOf).sort((a, b) => b.y - a.y);
}

function lineOf(group: PdfTextItem[]): PdfLine {
  group.sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  let last: PdfTextItem | null = null;
  for (const it of group) {
    if (last && it.str === last.str && Math.abs(it.x - last.x) < 0.2 * it.size) continue;
    const gap = it.x - end;
    if (last && gap > 0.25 * it.size && !CJK.test(text.slice(-1)) && !CJK.test(it.str[0]!) && !/\s$/.test(text)) text += ' ';
    text += it.str;
    end = Math.max(end, it.x + it.width);
    last = it;
  }
  const sizes = group.map((it) => it.size).sort((a, b) => a - b);
  return { text: text.trim(), x0: group[0]!.x, x1: end, y: group[0]!.y, size: sizes[sizes.length >> 1]! };
}
