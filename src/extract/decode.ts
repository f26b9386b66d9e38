import type { DecodeDamage, Span } from '../domain/task.ts';
import { ExtractError } from './extract-error.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Present when bytes were replaced: how many characters of `text` are U+FFFD, and where. */
  damage?: DecodeDamage;
}

/** Of the non-ASCII characters, at least this share must decode for a damaged text to be read in an encoding. */
const MIN_VALID_SHARE = 0.9;
/** More bad characters than this share of the text: it is not text at all. */
const MAX_BAD_SHARE = 0.1;
const MAX_SPANS = 100;

/**
 * Decodes a document's bytes. UTF-8 (with or without BOM) and UTF-16 (with a BOM, or without one when the NUL
 * bytes say so); else GB18030, the superset of GBK and GB2312 that Chinese government sites still serve. Damage is
 * not refusal: a text that is overwhelmingly valid in one encoding decodes in it, each bad byte (and each stray
 * control byte such as NUL) becomes U+FFFD, and `damage` says how many and where. Empty input, binary data and
 * byte soup that reads as no encoding are errors, never an empty result.
 */
export function decodeDocument(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ExtractError('empty', 'the document is empty (0 bytes)');
  const bom = sniffBom(bytes);
  if (bom) return finish(decode(bom, bytes), bom);
  const { nul, control, sampled } = countControls(bytes);
  const wide = nul >= 4 && nul >= sampled / 400 ? sniffUtf16(bytes) : null;
  if (wide) return finish(wide.text, wide.encoding);
  // Binary data, not damaged text: NUL or control bytes are more than a stray few.
  if (nul > Math.max(2, sampled * 0.002) || (nul + control) / sampled > 0.05) {
    throw new ExtractError('binary', 'the document is binary data, not text (it holds NUL or control bytes)');
  }
  const utf8 = decode('utf-8', bytes);
  const u = validity(utf8);
  if (u.bad === 0 || u.share >= MIN_VALID_SHARE) return finish(utf8, 'utf-8');
  // Almost any byte soup decodes as GB18030. Real Chinese text is mostly the 3,755 common characters of
  // GB2312 level 1 (lead bytes B0–D7); random bytes land there about one time in six.
  const gb = decode('gb18030', bytes);
  if (validity(gb).share >= MIN_VALID_SHARE && commonHanziShare(bytes) >= 0.5) return finish(gb, 'gb18030');
  throw new ExtractError('encoding', 'the document is neither UTF-8 nor GBK/GB18030 text (too many bytes are invalid in both)');
}

function decode(encoding: TextEncodingName, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
}

function sniffBom(b: Uint8Array): TextEncodingName | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM: line breaks, digits and ASCII punctuation put NUL bytes in the text, and so do 一
 * (U+4E00) and the ideographic space (U+3000) on the other side of their pair. With that many NULs, the byte
 * order whose text reads as Chinese text wins.
 */
function sniffUtf16(b: Uint8Array): { encoding: TextEncodingName; text: string } | null {
  let best: { encoding: TextEncodingName; text: string; share: number } | null = null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = decode(encoding, b);
    const share = plausibleShare(text);
    if (share >= 1 - MAX_BAD_SHARE && (!best || share > best.share)) best = { encoding, text, share };
  }
  return best;
}

/** NUL and other control bytes (tab, line breaks and form feed aside) in the first 64 KB. */
function countControls(b: Uint8Array): { nul: number; control: number; sampled: number } {
  const n = Math.min(b.length, 65536);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c >= 0x20) continue;
    if (c === 0) nul++;
    else if (c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return { nul, control, sampled: n };
}

/** Of the characters above ASCII, the share that decoded; `bad` counts U+FFFD. */
function validity(text: string): { bad: number; share: number } {
  if (text.indexOf('\ufffd') < 0) return { bad: 0, share: 1 };
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) good++;
  }
  return { bad, share: good + bad === 0 ? 1 : good / (good + bad) };
}

/** Share of characters a Chinese plain text is made of: CJK, CJK punctuation, full-width forms, printable ASCII. */
function plausibleShare(text: string): number {
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 10 || c === 13 || c === 9) ok++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) ok++;
  }
  return text.length === 0 ? 0 : ok / text.length;
}

function commonHanziShare(b: Uint8Array): number {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const lead = b[i]!;
    if (lead < 0x81) continue;
    const trail = b[i + 1]!;
    pairs++;
    if (lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1 && trail <= 0xfe) common++;
    i++;
  }
  return pairs === 0 ? 0 : common / pairs;
}

/**
 * Drops a BOM, turns stray control characters (NUL …) into U+FFFD so that nothing downstream meets them, and
 * counts the replacements. Offsets are unchanged: one character stands for one.
 */
function finish(decoded: string, encoding: TextEncodingName): DecodedText {
  const raw = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const text = raw.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '\ufffd');
  if (text.trim() === '') throw new ExtractError('empty', 'the document holds no text (only whitespace)');
  const spans: Span[] = [];
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
    replaced++;
    const last = spans[spans.length - 1];
    if (last && last[1] === i) spans[spans.length - 1] = [last[0], i + 1];
    else if (spans.length < MAX_SPANS) spans.push([i, i + 1]);
  }
  if (replaced > text.length * MAX_BAD_SHARE) {
    throw new ExtractError('binary', `the document is not text: ${replaced} of ${text.length} characters could not be decoded`);
  }
  return replaced === 0 ? { text, encoding } : { text, encoding, damage: { replaced, spans } };
}
