import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { asHtml, at, essence, gbkSafe, source, sourceIndex } from './fixtures.ts';

const gazetteer = loadGazetteer();

// Layouts that real copies of a plan have and the shipped files do not, made from each shipped document. The
// extraction must not change: same tasks, titles, departments with roles, targets, places, items and framing.

/** The whole body on one line, as when a copy loses its paragraph breaks. */
const withoutBreaks = (text: string, glue: string) => text.replace(/[ \t\u3000]*\r?\n[\s\u3000]*/g, glue);

/** A table of contents before the document: each section and task heading, dot leaders, page numbers. */
function withContents(text: string, doc: ExtractedDocument): string {
  const heading = (span: readonly [number, number]) => at(text, span).split(/[。\n]/)[0]!.trim();
  const entries = [...doc.sections.map((s) => s.span), ...doc.tasks.map((t) => t.span)].sort((a, b) => a[0] - b[0]);
  return ['目　　录', ...entries.map((span, k) => `${heading(span)}${'…'.repeat(8)}${1 + Math.floor(k / 3)}`), '', text].join('\n');
}

/** A page footer (－ n －) after every n-th line and the title as the next page's running head. */
function withPages(text: string, every: number, head: string): string {
  const lines = text.split('\n');
  return lines.map((l, k) => ((k + 1) % every === 0 ? `${l}\n\n－ ${(k + 1) / every} －\n${head}\n` : l)).join('\n');
}

describe.each(sourceIndex().map((d) => d.id))('%s reads the same in every layout', (id) => {
  const { meta, text } = source(id);
  const reference = extractDocument(text, { gazetteer, meta });
  const same = (input: string | Uint8Array) => expect(essence(extractDocument(input, { gazetteer, meta }))).toEqual(essence(reference));

  test('paragraph breaks lost: the body run together on one line', () => {
    expect(withoutBreaks(text, '').split('\n')).toHaveLength(1);
    same(withoutBreaks(text, ''));
  });
  test('paragraph breaks lost, a space where each was', () => same(withoutBreaks(text, ' ')));
  test('a table of contents before the document: its headings are not tasks', () => {
    const doc = extractDocument(withContents(text, reference), { gazetteer, meta });
    expect(essence(doc)).toEqual(essence(reference));
    // Task spans point at the body, after the contents, as far into the text as before.
    const shift = withContents(text, reference).length - text.length;
    expect(doc.tasks.map((t) => t.span[0] - shift)).toEqual(reference.tasks.map((t) => t.span[0]));
  });
  test.each([5, 11])('page markers and a running head every %i lines', (every) => {
    const paged = withPages(text, every, meta.title);
    const doc = extractDocument(paged, { gazetteer, meta });
    expect(essence(doc)).toEqual(essence(reference));
    for (const t of doc.tasks) expect(t.title).not.toMatch(/－|页/);
  });
  test('GBK bytes', () => same(iconv.encode(gbkSafe(text), 'gbk')));
  test.each([
    ['utf-16le', true],
    ['utf-16be', true],
    ['utf-16le', false],
  ] as const)('%s bytes, BOM %s', (encoding, addBOM) => same(iconv.encode(text, encoding, { addBOM })));
  test('CRLF line ends', () => same(text.replace(/\n/g, '\r\n')));
  test('wrapped as a web page', () => same(asHtml(text)));
  test('a web page that lost its line breaks', () => same(asHtml(text).replace(/\n/g, '')));
});
