import type { PdfLine } from './pdf-lines.ts';

/** Page numbers as Chinese documents print them: － 12 －, - 3 -, — 3 —, 第 3 页, 第3页 共10页, 3/10, 3. */
const PAGE_NUMBER = /^(?:[-－—–─\s]*\d{1,4}[-－—–─\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/** The band at the top and bottom of a page where running heads, footers and page numbers sit. */
const BAND = 0.12;

/**
 * Pages without their running heads, footers and page numbers: lines in the top or bottom band of the page that
 * read as a page number, or that recur (digits aside) at the same height on at least half the pages (two pages
 * at least). Only the outermost three lines at each end of a page are candidates, so body text is never touched.
 */
export function dropPageFurniture(pages: PdfLine[][], pageHeights: number[]): PdfLine[][] {
  const keyOf = (line: PdfLine) => `${Math.round(line.y / 2)}|${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const candidates = pages.map((lines, p) => {
    const h = pageHeights[p] ?? 842;
    const ends = new Set([...lines.slice(0, 3), ...lines.slice(-3)]);
    return lines.filter((l) => ends.has(l) && (l.y > h * (1 - BAND) || l.y < h * BAND));
  });
  const counts = new Map<string, number>();
  for (const lines of candidates) for (const key of new Set(lines.map(keyOf))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, p) => {
    const furniture = new Set(candidates[p]!.filter((l) => PAGE_NUMBER.test(l.text.trim()) || (counts.get(keyOf(l)) ?? 0) >= needed));
    return lines.filter((l) => !furniture.has(l));
  });
}
