import type { Label } from './labels.ts';

/** A heading's words without its dot leaders and page number: 一、总体要求………3 → 总体要求. */
function headingWords(segment: string): string {
  return segment.replace(/[\s.…·•．_\-—－]*\d{0,4}\s*$/, '').trim();
}

/**
 * Ranges of the text that are a table of contents: a run of at least three headings with no body between them
 * (often with page numbers), whose first heading comes again later with its body. Their labels are not the
 * document's structure; without this every task would be read twice, the first copy empty.
 */
export function findTocRanges(text: string, labels: readonly Label[]): Array<[number, number]> {
  const strong = labels.filter((l) => l.place !== 'inline' && !l.broken);
  const end = (k: number) => (k + 1 < strong.length ? strong[k + 1]!.pos : text.length);
  // Bodiless: a line of words, no sentence; a further short line is an entry that lost its label (、强化…).
  // A heading with a body is long, so only short segments are looked at: linear however long the text.
  const bodiless = (k: number): boolean => {
    const l = strong[k]!;
    if (end(k) - l.pos > 200) return false;
    const lines = text.slice(l.pos + l.length, end(k)).split('\n').map(headingWords).filter((w) => w.length > 0);
    return lines.length > 0 && lines.length <= 3 && lines.every((w) => w.length <= 50 && !/[。；;]/.test(w));
  };
  // A contents table is one per document at most; looking at a few candidate runs keeps this linear.
  let tries = 0;
  for (let k = 0; k < strong.length && tries < 3; ) {
    if (!bodiless(k)) {
      k++;
      continue;
    }
    let j = k;
    while (j + 1 < strong.length && bodiless(j + 1)) j++;
    if (j - k + 1 >= 3) {
      tries++;
      if (repeatedLater(text, strong, k, j, end)) {
        const lastLineEnd = text.indexOf('\n', strong[j]!.pos);
        return [[text.lastIndexOf('\n', strong[k]!.pos - 1) + 1, lastLineEnd < 0 ? text.length : lastLineEnd]];
      }
    }
    k = j + 1;
  }
  return [];
}

/** Whether the run's first heading comes again after it, with the same label and words. */
function repeatedLater(text: string, strong: readonly Label[], k: number, j: number, end: (k: number) => number): boolean {
  const first = strong[k]!;
  const stem = headingWords(text.slice(first.pos + first.length, end(k)).split('\n')[0]!).slice(0, 6);
  for (let i = j + 1; i < strong.length; i++) {
    const l = strong[i]!;
    if (l.kind === first.kind && l.style === first.style && l.num === first.num && text.startsWith(stem, l.pos + l.length)) return true;
  }
  return false;
}
