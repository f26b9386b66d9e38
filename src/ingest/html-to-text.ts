/**
 * A saved web page's text as a reader sees it: one line per block (paragraph, heading, list item, table row),
 * table cells apart by a tab, scripts, styles and the <head> dropped, entities decoded, whitespace collapsed as a
 * browser collapses it (inside <pre>, newlines kept), lines trimmed, blank lines dropped. Runs without a DOM, so it works in a Web Worker.
 *
 * The extractor's clean-text step also strips tags, but only to keep offsets into a raw page; for an added page
 * the text made here is the document, so the source view shows words, not markup, and the extractor finds no
 * tags left to strip.
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let pre = 0;
  const breakLine = () => {
    lines.push(line);
    line = '';
  };
  const append = (s: string) => {
    line += s;
  };
  const cleaned = html.replace(DROPPED, '');
  TOKEN.lastIndex = 0;
  let at = 0;
  for (let m = TOKEN.exec(cleaned); m; m = TOKEN.exec(cleaned)) {
    if (m.index > at) textRun(cleaned.slice(at, m.index), pre > 0, breakLine, append);
    at = TOKEN.lastIndex;
    const tag = m[2]?.toLowerCase();
    if (!tag) continue;
    const closing = m[1] === '/';
    if (tag === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    if (tag === 'td' || tag === 'th') {
      if (!closing && line.trim() !== '') line += '\t';
    } else if (BLOCK.has(tag)) {
      breakLine();
    }
  }
  if (at < cleaned.length) textRun(cleaned.slice(at), pre > 0, breakLine, append);
  breakLine();
  return lines
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((l) => l !== '')
    .join('\n');
}

/** Elements whose content is never text of the document. */
const DROPPED = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<(script|style|noscript|template|head|svg|math|select|textarea|iframe|object)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** A tag (quoted attribute values may hold ">"), a doctype or a processing instruction. */
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:"[^"]*"|'[^']*'|[^'">])*>|<[!?][^>]*>/g;

const BLOCK = new Set(
  'p div br li ul ol dl dd dt tr table thead tbody tfoot caption h1 h2 h3 h4 h5 h6 section article header footer nav aside main blockquote pre hr form fieldset legend figure figcaption address center title body html'.split(' '),
);

/** Text between tags: entities decoded, whitespace collapsed (or, inside <pre>, its newlines kept as lines). */
function textRun(raw: string, pre: boolean, breakLine: () => void, append: (s: string) => void): void {
  const text = decodeEntities(raw);
  if (!pre) {
    append(text.replace(/[ \t\r\n\f]+/g, ' '));
    return;
  }
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((p, k) => {
      if (k > 0) breakLine();
      append(p);
    });
}

const NAMED: Record<string, string> = {
  nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', mdash: '—', ndash: '–', hellip: '…', bull: '•',
  times: '×', divide: '÷', plusmn: '±', deg: '°', permil: '‰', yen: '¥', copy: '©', reg: '®', sup2: '²', sup3: '³',
  laquo: '«', raquo: '»', rarr: '→', larr: '←', uarr: '↑', darr: '↓', le: '≤', ge: '≥', ne: '≠', minus: '−',
};

/** Named (the common ones) and numeric character references; NUL and control characters become U+FFFD. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,9});?/g, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? NAMED[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    if (code === 9 || code === 10 || code === 13) return String.fromCharCode(code);
    if (!(code >= 0x20 && code < 0x110000) || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code < 0xe000)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}
