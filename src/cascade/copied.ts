/**
 * Clauses a lower plan copies from an upper one (积极探索实施农村集体经营性建设用地入市制度): the plainest sign
 * that it carries the upper task out. Texts are compared as their Chinese characters, letters and digits only,
 * so punctuation, spacing and scraping noise do not break a copy.
 */

/** Runs shorter than this are phrases any two plans share (按职责分工负责, 复制推广典型经验). */
export const MIN_COPY = 12;

/**
 * Characters a copy must hold beyond the lexicon's terms: 农村集体经营性建设用地入市制度 is the term in its set
 * phrase, already counted as a term; 积极探索实施农村集体经营性建设用地入市制度 is a sentence taken over.
 */
export const MIN_COPY_BEYOND_TERMS = 8;

/** The text as compared: characters, letters and digits. */
export function plainText(text: string): string {
  return text.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '');
}

/** Every window of MIN_COPY characters of a plain text. */
export function windows(plain: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + MIN_COPY <= plain.length; i++) out.add(plain.slice(i, i + MIN_COPY));
  return out;
}

/**
 * The longest run of `lower` that `upper` also holds, if it is at least MIN_COPY long; `upperWindows` are the
 * upper text's windows (kept by the caller, as one upper task meets many lower ones).
 */
export function longestCopy(lower: string, upper: string, upperWindows: ReadonlySet<string>): string | null {
  let best = '';
  for (let i = 0; i + MIN_COPY <= lower.length; i++) {
    if (!upperWindows.has(lower.slice(i, i + MIN_COPY))) continue;
    // Grow the run while it still occurs in the upper text, then skip past it.
    let end = i + MIN_COPY;
    while (end < lower.length && upper.includes(lower.slice(i, end + 1))) end++;
    if (end - i > best.length) best = lower.slice(i, end);
    i = end - MIN_COPY;
  }
  return best.length >= MIN_COPY ? best : null;
}

/**
 * Where a plain run stands in a text: [start, end) offsets into the text, found by comparing the text's
 * plain characters. Null when the text does not hold it.
 */
export function locatePlain(text: string, run: string): [number, number] | null {
  const keep = /[\u4e00-\u9fffA-Za-z0-9]/;
  let plain = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!keep.test(text[i]!)) continue;
    plain += text[i];
    at.push(i);
  }
  const k = plain.indexOf(run);
  return k < 0 || run.length === 0 ? null : [at[k]!, at[k + run.length - 1]! + 1];
}
