import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { ListCounters, parseNumbering } from '../../src/ingest/docx-numbering.ts';
import { IngestError } from '../../src/ingest/ingest-error.ts';
import { formatNumber } from '../../src/ingest/number-formats.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { source } from '../extract/fixtures.ts';
import { buildDocx, documentXml, numberingXml, paragraphXml, type DocxParagraph } from './docx-builder.ts';
import { expectSameTasks, expectSpansInside } from './same-tasks.ts';
import { docxOfShipped, shippedLines } from './shipped-fixtures.ts';

const gazetteer = loadGazetteer();
const read = (bytes: Uint8Array) => readDocument({ name: 'plan.docx', bytes });
const refusal = (bytes: Uint8Array) => read(bytes).then(() => null, (e: unknown) => e as IngestError);

describe('Word documents with automatic numbering', () => {
  test.each([
    ['shaanxi-2023-key-tasks', 25, '（一）持续深化户籍制度改革。'],
    ['shaanxi-2022-county-towns', 38, '1．加快发展大城市周边县城。'],
  ])('%s: labels rebuilt from numbering.xml, the same %i tasks as the .txt', async (id, count, firstTask) => {
    const r = await read(docxOfShipped(id));
    expect(r.format).toBe('docx');
    // The .docx holds no label in its text: every 一、 （一） 1． below was drawn from numbering.xml.
    expect(r.text.split('\n')).toEqual(shippedLines(id));
    expect(r.text).toContain(firstTask);
    expect(r.text).not.toMatch(/删去的文字|隐藏文字/);
    const doc = extractDocument(r.text, { gazetteer });
    expect(doc.tasks).toHaveLength(count);
    expectSameTasks(doc, extractDocument(source(id).bytes, { gazetteer }));
    expectSpansInside(doc, r.text);
  });

  test('without numbering.xml the labels are lost, and the reader says so', async () => {
    const r = await read(buildDocx({ document: documentXml([{ text: '推进城镇化', numId: 1 }].map(paragraphXml).join('')) }));
    expect(r.text).toBe('推进城镇化');
    expect(r.warnings.join()).toMatch(/numbering/);
  });

  test('table cells keep their text, a row to a line', async () => {
    const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const table = `<w:tbl><w:tr>${cell('序号')}${cell('任务')}${cell('责任单位')}</w:tr><w:tr>${cell('1')}${cell('新建5G基站1.8万个')}${cell('省通信管理局')}</w:tr></w:tbl>`;
    const r = await read(buildDocx({ document: documentXml(paragraphXml({ text: '重点任务分工表' }) + table) }));
    expect(r.text).toBe('重点任务分工表\n序号\t任务\t责任单位\n1\t新建5G基站1.8万个\t省通信管理局');
  });
});

describe('list counters', () => {
  const defs = (levels: Parameters<typeof numberingXml>[0], nums: Parameters<typeof numberingXml>[1]) => new ListCounters(parseNumbering(numberingXml(levels, nums)));

  test('a deeper level restarts after its parent unless lvlRestart says never', () => {
    const restarting = defs([[{ format: 'chineseCounting', text: '%1、' }, { format: 'chineseCounting', text: '（%2）' }]], [{ abstract: 0 }]);
    const seq = [0, 1, 1, 0, 1].map((ilvl) => restarting.next({ numId: '1', ilvl }));
    expect(seq).toEqual(['一、', '（一）', '（二）', '二、', '（一）']);
    const running = defs([[{ format: 'chineseCounting', text: '%1、' }, { format: 'decimal', text: '%2．', restart: 0 }]], [{ abstract: 0 }]);
    expect([0, 1, 1, 0, 1].map((ilvl) => running.next({ numId: '1', ilvl }))).toEqual(['一、', '1．', '2．', '二、', '3．']);
  });

  test('two instances of one list share its counters; a start override begins afresh', () => {
    const c = defs([[{ format: 'decimal', text: '%1.' }]], [{ abstract: 0 }, { abstract: 0 }, { abstract: 0, startOverride: { 0: 1 } }]);
    expect(['1', '2', '1', '3'].map((numId) => c.next({ numId, ilvl: 0 }))).toEqual(['1.', '2.', '3.', '1.']);
    expect(c.next({ numId: '3', ilvl: 0 })).toBe('2.');
  });

  test('multi-level text: each %N in its own level\'s format', () => {
    const c = defs([[{ format: 'chineseCounting', text: '第%1章' }, { format: 'decimal', text: '%1.%2' }]], [{ abstract: 0 }]);
    expect([0, 1, 1].map((ilvl) => c.next({ numId: '1', ilvl }))).toEqual(['第一章 ', '一.1 ', '一.2 ']);
  });

  test.each([
    ['chineseCounting', [1, 10, 11, 20, 21, 99, 100], ['一', '十', '十一', '二十', '二十一', '九十九', '一〇〇']],
    ['chineseCountingThousand', [10, 100, 105, 110, 1001], ['十', '一百', '一百零五', '一百一十', '一千零一']],
    ['ideographTraditional', [1, 4, 10, 11], ['甲', '丁', '癸', '甲']],
    ['decimalEnclosedCircleChinese', [1, 20, 21], ['①', '⑳', '21']],
    ['decimalFullWidth', [12], ['１２']],
    ['chineseLegalSimplified', [3, 12], ['叁', '拾贰']],
    ['upperRoman', [4, 14], ['IV', 'XIV']],
    ['lowerLetter', [1, 27], ['a', 'aa']],
  ])('%s', (format, ns, labels) => {
    expect(ns.map((n) => formatNumber(n, format))).toEqual(labels);
  });
});

describe('refused Word files', () => {
  test('a zip bomb is refused from its directory, before anything is inflated', async () => {
    // 24 MB of one repeated byte deflates to ~24 KB (1000:1): the declared sizes alone give it away.
    const huge = new Uint8Array(24 * 1024 * 1024).fill(0x41);
    const bomb = zipSync({ 'word/document.xml': huge, '[Content_Types].xml': strToU8('<Types/>') }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const t0 = performance.now();
    expect(await refusal(bomb)).toMatchObject({ code: 'zip-bomb' });
    expect(performance.now() - t0).toBeLessThan(200);
  });

  test('an entry that inflates past its declared size is stopped at that size', async () => {
    const paragraphs: DocxParagraph[] = Array.from({ length: 3000 }, () => ({ text: '推进新型城镇化' }));
    const honest = buildDocx({ document: documentXml(paragraphs.map(paragraphXml).join('')) });
    // Lie in the central directory: document.xml claims 1000 bytes.
    const lying = honest.slice();
    const view = new DataView(lying.buffer);
    for (let p = 0; p + 46 < lying.length; p++) {
      if (view.getUint32(p, true) !== 0x02014b50) continue;
      const name = new TextDecoder().decode(lying.subarray(p + 46, p + 46 + view.getUint16(p + 28, true)));
      if (name === 'word/document.xml') view.setUint32(p + 24, 1000, true);
    }
    expect((await read(honest)).text.split('\n')).toHaveLength(3000);
    expect(await refusal(lying)).toMatchObject({ code: 'zip-bomb' });
  });

  test('thousands of entries are refused', async () => {
    const files = Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`word/media/${i}.bin`, new Uint8Array(1)]));
    expect(await refusal(zipSync(files, { level: 0 }))).toMatchObject({ code: 'zip-bomb' });
  });

  test('ZIP files that are not Word documents, damaged ones and password-protected ones', async () => {
    expect(await refusal(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toMatchObject({ code: 'not-a-document', zh: expect.stringMatching(/Excel/) });
    expect(await refusal(zipSync({ 'photo.jpg': new Uint8Array(10) }))).toMatchObject({ code: 'not-a-document' });
    const whole = docxOfShipped('shaanxi-2023-key-tasks');
    expect(await refusal(whole.subarray(0, whole.length >> 1))).toMatchObject({ code: 'docx-corrupt' });
    // Word saves a password-protected .docx as an encrypted OLE container, not a ZIP.
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    expect(await readDocument({ name: '方案.docx', bytes: ole }).catch((e: unknown) => e)).toMatchObject({ code: 'docx-encrypted' });
    expect(await readDocument({ name: '方案.doc', bytes: ole }).catch((e: unknown) => e)).toMatchObject({ code: 'unsupported', zh: expect.stringMatching(/另存为 \.docx/) });
  });
});
