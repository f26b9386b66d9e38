import { ExtractError } from './extract-error.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes a document's bytes. UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they are; bytes that
 * are not valid UTF-8 are tried as GB18030, the superset of GBK and GB2312 that Chinese government sites still
 * serve. Empty and binary input is an error, never an empty result.
 */
export function decodeDocument(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ExtractError('empty', 'the document is empty (0 bytes)');
  const bom = sniffBom(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
    return checked({ text, encoding: bom.encoding });
  }
  if (looksBinary(bytes)) {
    throw new ExtractError('binary', 'the document is binary data, not text (it holds NUL or control bytes)');
  }
  try {
    return checked({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' });
  } catch (err) {
    if (err instanceof ExtractError) throw err;
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new ExtractError('encoding', 'the document is neither UTF-8 nor GBK/GB18030 text');
  }
  // Almost any byte soup decodes as GB18030. Real Chinese text is mostly the 3,755 common characters of
  // GB2312 level 1 (lead bytes B0–D7); random bytes land there about one time in six.
  if (commonHanziShare(bytes) < 0.5) {
    throw new ExtractError('encoding', 'the document is not UTF-8 and does not read as GBK/GB18030 Chinese text');
  }
  return checked({ text, encoding: 'gb18030' });
}

function sniffBom(b: Uint8Array): { encoding: TextEncodingName } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8' };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be' };
  return null;
}

function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control / n > 0.05;
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

function checked(d: DecodedText): DecodedText {
  const text = d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text;
  if (text.trim() === '') throw new ExtractError('empty', 'the document holds no text (only whitespace)');
  return { ...d, text };
}
