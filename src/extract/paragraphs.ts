export interface Paragraph {
  /** Trimmed text of one line of the cleaned document. */
  text: string;
  /** Offsets of `text` in the cleaned document. */
  start: number;
  end: number;
}

/** Non-empty lines, trimmed of ASCII, ideographic (U+3000) and no-break spaces. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue;
    let s = lineStart;
    let e = i;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    lineStart = i + 1;
  }
  return out;
}
