import { MappedText } from './mapped-text.ts';
import { pageNoiseEdits } from './page-noise.ts';

/**
 * Scraping noise removed before any reading, in this order: HTML, line ends, page furniture (page-noise.ts),
 * scraper marks, markdown emphasis, ads, full-width digits. Each step keeps the map back to the original
 * text, so everything found later still points at the source sentence.
 */
export function cleanText(original: string): MappedText {
  let t = MappedText.identity(original);
  if (looksLikeHtml(original)) t = stripHtml(t);
  t = t.replace(/\r\n?/g, () => '\n');
  t = t.edit(pageNoiseEdits(t.text));
  // A page marker inside a line: the body of a copy that lost its line breaks (…推进。－ 12 －（三）…).
  t = t.replace(/[－—–―]\s?\d{1,4}\s?[－—–―]/g, () => '');
  // "@@" is a scraper's word-boundary marker in the national document: 市@@民化, (十@@一@@@@).
  t = t.replace(/@@/g, () => '');
  // Markdown emphasis left over from a rich-text export: **社会治理体系**.
  t = t.replace(/\*\*/g, () => '');
  t = t.replace(SPAM, () => '');
  // Full-width digits and Latin letters read as ASCII; Chinese punctuation stays as it is.
  t = t.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (m) => String.fromCharCode(m[0].charCodeAt(0) - 0xfee0));
  t = t.replace(/\u00a0/g, () => ' ');
  t = t.replace(/％/g, () => '%');
  return t;
}

/**
 * Ad text injected into reposted government pages ("乐动安卓app" in the national document). Matched only when a
 * gambling/app-store brand word comes right before "app", so a real "政务服务APP" survives.
 */
const SPAM = /(?:乐动|开云|九游|亚博|万博|博彩|彩票|棋牌|体育|bob)[\u4e00-\u9fff]{0,4}(?:app|APP|App)(?:下载)?[ \t]?/g;

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return /<(?:!doctype|html|body|p|div|br|table|meta|span)\b/i.test(head) && (head.match(/<\/?[a-z][^>]*>/gi)?.length ?? 0) >= 3;
}

const BLOCK_TAGS = /^(?:p|div|br|li|tr|h[1-6]|table|section|article|header|footer|ul|ol|dd|dt|title|blockquote)$/i;

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', ldquo: '“', rdquo: '”', middot: '·', mdash: '—', hellip: '…' };

function stripHtml(t: MappedText): MappedText {
  return t
    // The page's <title> is the site's name for the page, not the document's heading: noise like the scripts.
    .replace(/<!--[\s\S]*?-->|<(script|style|noscript|template|title|head)\b[\s\S]*?<\/\1\s*>/gi, () => '')
    .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (m) => (BLOCK_TAGS.test(m[1]!) ? '\n' : ''))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m) => {
      const e = m[1]!;
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m[0];
      }
      return ENTITIES[e.toLowerCase()] ?? m[0];
    });
}
