import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { detectFormat } from '../../src/ingest/detect-format.ts';
import { IngestError } from '../../src/ingest/ingest-error.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { nodePdfEnvironment } from '../../data/pdf-node.ts';
import { buildDocx, documentXml, paragraphXml, xmlEscape } from './docx-builder.ts';
import { predefinedCMapPdf } from './pdf-writer.ts';

/** Strings that are code somewhere: in HTML, in a URL, in a spreadsheet. A document may hold any of them as words. */
const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', "=cmd|' /C calc'!A0", '"><svg onload=alert(1)>', '{{constructor.constructor("alert(1)")()}}'];

const lines = [
  '关于印发测试工作要点的通知',
  '一、主要任务',
  `（一）加强网络安全。处置${HOSTILE[0]}和${HOSTILE[1]}类攻击，到2025年建成平台3个。（省委网信办）`,
  `（二）防范链接风险。清理${HOSTILE[2]}链接和表格公式${HOSTILE[3]}。（省公安厅）`,
  `（三）其他。${HOSTILE[4]}${HOSTILE[5]}（省发展改革委）`,
];
const text = lines.join('\n');

describe('a document full of markup, script URLs and spreadsheet formulas comes through as plain text', () => {
  const gazetteer = loadGazetteer();

  test.each([
    ['.txt', () => new TextEncoder().encode(text)],
    ['.html', () => new TextEncoder().encode(`<html><body>${lines.map((l) => `<p>${xmlEscape(l)}</p>`).join('')}<script>alert('page')</script><img src=x onerror="alert('page')"></body></html>`)],
    ['.docx', () => buildDocx({ document: documentXml(lines.map((l) => paragraphXml({ text: l })).join('')) })],
  ])('%s: every hostile string is in the text, literally; the page\'s own script is not', async (ext, bytes) => {
    const read = await readDocument({ name: `hostile${ext}`, bytes: bytes() });
    expect(read.text).toBe(text);
    for (const h of HOSTILE) expect(read.text).toContain(h);
    expect(read.text).not.toContain("alert('page')");
    const doc = extractDocument(read.text, { gazetteer });
    expect(doc.tasks).toHaveLength(3);
    // Whatever the extractor keeps of a task, its span points back at these very characters of the text.
    for (const t of doc.tasks) expect(read.text.slice(t.span[0], t.span[1])).toContain(t.title.slice(0, 4));
  });

  test('.pdf: the same strings drawn as text come back as text', async () => {
    const read = await readDocument({ name: 'hostile.pdf', bytes: predefinedCMapPdf(HOSTILE.map((h) => `测试${h}。`), 9) }, { pdfEnvironment: nodePdfEnvironment });
    for (const h of HOSTILE) expect(read.text).toContain(h);
  });
});

describe('files that are not documents', () => {
  const refusal = (name: string, bytes: Uint8Array) => readDocument({ name, bytes }).then(() => null, (e: unknown) => e as IngestError);

  test.each([
    ['photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'not-a-document', /图片（PNG）/],
    ['scan.jpg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'not-a-document', /图片（JPEG）/],
    ['plans.7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4], 'not-a-document', /压缩包/],
    ['plan.rtf', [...'{\\rtf1\\ansi hello}'].map((c) => c.charCodeAt(0)), 'unsupported', /RTF/],
    ['program.exe', [0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0], 'not-a-document', /二进制/],
    ['empty.txt', [], 'empty', /空/],
  ])('%s is refused (%s)', async (name, bytes, code, zh) => {
    const err = await refusal(name, Uint8Array.from(bytes));
    expect(err).toBeInstanceOf(IngestError);
    expect(err).toMatchObject({ code, zh: expect.stringMatching(zh) });
  });

  test('a file over the size cap is refused before it is read, with both sizes in the message', () => {
    const big = { name: 'big.pdf', bytes: new Uint8Array(51 * 1024 * 1024) };
    expect(() => detectFormat(big)).toThrow(/51\.0 MB.*50\.0 MB/);
    expect(() => detectFormat({ name: 'small.txt', bytes: new Uint8Array(2048).fill(0x41) }, 1024)).toThrowError(expect.objectContaining({ code: 'too-large' }));
  });

  test('a renamed file is read by what it is, not by its name', () => {
    expect(detectFormat({ name: 'plan.txt', bytes: predefinedCMapPdf(['测试']) })).toBe('pdf');
    expect(detectFormat({ name: 'plan.pdf', bytes: new TextEncoder().encode('<!DOCTYPE html><html><p>x</p>') })).toBe('html');
    expect(detectFormat({ name: 'plan', bytes: new TextEncoder().encode('一、总体要求') })).toBe('txt');
  });
});
