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

/** Whether a UTF-16 code unit is compared: a CJK ideograph, an ASCII letter or digit. */
function isPlain(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The text as compared: characters, letters and digits. */
export function plainText(text: string): string {
  return text.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '');
}

/** A text as compared, from offset `from` on, with where each of its characters stands in the text. */
export function plainOf(text: string, from = 0): { plain: string; at: Int32Array } {
  const at = new Int32Array(Math.max(0, text.length - from));
  const codes = new Uint16Array(at.length);
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isPlain(c)) continue;
    codes[n] = c;
    at[n++] = i;
  }
  return { plain: fromCodes(codes, n), at: at.slice(0, n) };
}

/** A little-endian machine can decode code units as UTF-16LE natively, much faster than fromCharCode. */
const UTF16 = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le') : null;

/** The string of the first n code units. */
export function fromCodes(codes: Uint16Array, n: number): string {
  if (UTF16) return UTF16.decode(codes.subarray(0, n));
  let out = '';
  // In chunks: an argument list has a length limit.
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 4096)));
  return out;
}

/**
 * Copies are found through windows of WINDOW characters: the upper text's every window is set in a filter, and
 * the lower text's windows are looked up every STEP characters only. Any common run of MIN_COPY characters
 * holds a looked-up window (STEP = MIN_COPY − WINDOW + 1), so none is missed, at a fifth of the lookups; a
 * window the filter lets through is found in the upper text and grown to the whole run by comparing characters.
 */
const WINDOW = 8;
const STEP = MIN_COPY - WINDOW + 1;
/** 4096 bits: a task of a few hundred windows turns ~94% of other windows away; 512 bytes a task. */
const FILTER_WORDS = 128;

/** Hashes of the windows of WINDOW characters (a polynomial rolling hash, mod 2^32), every `step` characters. */
function windowHashes(plain: string, step: number): Uint32Array {
  const out = new Uint32Array(Math.ceil(Math.max(0, plain.length - WINDOW + 1) / step));
  const B = 0x01000193;
  let pow = 1;
  for (let k = 0; k < WINDOW - 1; k++) pow = Math.imul(pow, B);
  let h = 0;
  for (let i = 0; i < plain.length; i++) {
    if (i >= WINDOW) h = (h - Math.imul(plain.charCodeAt(i - WINDOW), pow)) | 0;
    h = (Math.imul(h, B) + plain.charCodeAt(i)) | 0;
    const start = i - WINDOW + 1;
    if (start >= 0 && start % step === 0) out[start / step] = h >>> 0;
  }
  return out;
}

/** The bit a window hash sets: its mixed top bits, as the low bits of a polynomial hash are poorly spread. */
const bitOf = (h: number) => Math.imul(h, 0x9e3779b1) >>> 20;

/** The filter of a text's windows, for when it is the upper text. */
export function windowFilter(plain: string): Uint32Array {
  const filter = new Uint32Array(FILTER_WORDS);
  for (const h of windowHashes(plain, 1)) {
    const b = bitOf(h);
    filter[b >>> 5]! |= 1 << (b & 31);
  }
  return filter;
}

/** The hashes of the windows a text looks up, for when it is the lower text. */
export function windowSamples(plain: string): Uint32Array {
  return windowHashes(plain, STEP);
}

/**
 * The longest run of `lower` that `upper` also holds, as [start, end) in `lower`, if it is at least MIN_COPY
 * long. `samples` are the lower text's windowSamples, `filter` the upper text's windowFilter.
 */
export function longestCopy(lower: string, samples: Uint32Array, upper: string, filter: Uint32Array): [number, number] | null {
  let best: [number, number] = [0, 0];
  for (let k = 0; k < samples.length; k++) {
    const s = k * STEP;
    // Windows inside the best run so far would only find it again.
    if (s > best[0] && s + WINDOW < best[1]) continue;
    const b = bitOf(samples[k]!);
    if ((filter[b >>> 5]! & (1 << (b & 31))) === 0) continue;
    // Grow the window to the whole run at each place the upper text holds it.
    const window = lower.slice(s, s + WINDOW);
    for (let p = upper.indexOf(window); p >= 0; p = upper.indexOf(window, p + 1)) {
      let a = 0;
      while (s - a > 0 && p - a > 0 && lower.charCodeAt(s - a - 1) === upper.charCodeAt(p - a - 1)) a++;
      let e = WINDOW;
      while (s + e < lower.length && p + e < upper.length && lower.charCodeAt(s + e) === upper.charCodeAt(p + e)) e++;
      if (a + e > best[1] - best[0]) best = [s - a, s + e];
    }
  }
  return best[1] - best[0] >= MIN_COPY ? best : null;
}

/**
 * Where a plain run stands in a text: [start, end) offsets into the text, found by comparing the text's
 * plain characters. Null when the text does not hold it.
 */
export function locatePlain(text: string, run: string): [number, number] | null {
  const { plain, at } = plainOf(text);
  const k = plain.indexOf(run);
  return k < 0 || run.length === 0 ? null : [at[k]!, at[k + run.length - 1]! + 1];
}
