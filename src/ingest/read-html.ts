import { htmlToText } from './html-to-text.ts';
import { IngestError } from './ingest-error.ts';
import { readPlainText } from './read-text.ts';

/**
 * A saved web page's text. The charset comes from a byte-order mark, else the page's own <meta> declaration
 * (read as the browser does, from the first bytes), else the bytes: strict UTF-8, then GB18030. A declaration the
 * bytes contradict (a page saved as UTF-8 that still says gb2312) loses to the bytes.
 */
export function readHtml(bytes: Uint8Array): { text: string; encoding: string; warnings: string[] } {
  const warnings: string[] = [];
  const declared = declaredCharset(bytes);
  let decoded: { text: string; encoding: string } | null = null;
  if (declared && !hasBom(bytes)) {
    try {
      const decoder = new TextDecoder(declared, { fatal: true });
      decoded = { text: decoder.decode(bytes), encoding: decoder.encoding };
    } catch (err) {
      if (err instanceof RangeError) warnings.push(`unknown charset "${declared}" in the page; guessed from the bytes`);
      else warnings.push(`the page says charset "${declared}" but its bytes are not; guessed from the bytes`);
    }
  }
  // Sniffing is the plain-text reader's: BOM, strict UTF-8, then GB18030, with its refusals.
  decoded ??= readPlainText(bytes);
  const text = htmlToText(decoded.text);
  if (text.trim() === '') throw new IngestError('empty', '网页里没有正文文字。', 'The web page holds no text.');
  return { text, encoding: decoded.encoding, warnings };
}

function hasBom(b: Uint8Array): boolean {
  return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

/** The charset a page declares in its first 4 KB: <meta charset=…> or <meta http-equiv content="…; charset=…">. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return normalizeCharset(direct[1]!);
  }
  return null;
}

/** gb2312 and gbk pages are decoded as GB18030, their superset, as browsers do. */
function normalizeCharset(label: string): string {
  const l = label.toLowerCase();
  return /^(?:gb2312|gbk|x-gbk|gb_2312-80|csgb2312|chinese|gb18030)$/.test(l) ? 'gb18030' : l;
}
