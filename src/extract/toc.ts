import type { Label } from './labels.ts';

/** A heading's words without its dot leaders and page number: 一、总体要求………3 → 总体要求. */
export function headingWords(segment: string): string {
  return segment.replace(/[\s.…·•．_\-—－]*\d{0,4}\s*$/, '').trim();
}

/**
 * Ranges of the text that are a table of contents: a run of at least three headings with no body between them
 * (often with page numbers), whose first heading comes again later with its body. Their labels are not the
 * document's structure; without this every task would be read twice, the first copy empty.
 */
export function findTocRanges(text: string, labels: readonly Label[]): Array<[number, number]> {
  const strong = labels.filter((l) => l.place !== 'inline' && !l.broken);
  const info = strong.map((l, k) => {
    const end = k + 1 < strong.length ? strong[k + 1]!.pos : text.length;
    // A heading with a body is long: only short segments are looked at (linear however long the text).
    const segment = end - l.pos > 200 ? '' : text.slice(l.pos + l.length, end);
    // Bodiless: a line of words, no sentence; a further short line is an entry that lost its label (、强化…).
    const lines = segment.split('\n').map(headingWords).filter((w) => w.length > 0);
    const words = lines[0] ?? '';
    const bodiless = lines.length > 0 && lines.length <= 3 && lines.every((w) => w.length <= 50 && !/[。；;]/.test(w));
    return { label: l, end, words, bodiless };
  });
  const out: Array<[number, number]> = [];
  // A contents table is one per document at most; looking at a few candidate runs keeps this linear.
  let tries = 0;
  for (let k = 0; k < info.length && tries < 3 && out.length === 0; ) {
    if (!info[k]!.bodiless) {
      k++;
      continue;
    }
    let j = k;
    while (j + 1 < info.length && info[j + 1]!.bodiless) j++;
    if (j - k + 1 >= 3 && tries++ < 3 && repeatedLater(info, k, j)) {
      const lastLineEnd = text.indexOf('\n', info[j]!.label.pos);
      out.push([lineStart(text, info[k]!.label.pos), lastLineEnd < 0 ? text.length : lastLineEnd]);
    }
    k = j + 1;
  }
  return out;
}

function repeatedLater(info: Array<{ label: Label; words: string }>, k: number, j: number): boolean {
  const first = info[k]!;
  const stem = first.words.slice(0, 6);
  for (let i = j + 1; i < info.length; i++) {
    const l = info[i]!.label;
    if (l.kind === first.label.kind && l.style === first.label.style && l.num === first.label.num && info[i]!.words.startsWith(stem)) return true;
  }
  return false;
}

function lineStart(text: string, pos: number): number {
  const nl = text.lastIndexOf('\n', pos - 1);
  return nl + 1;
}
