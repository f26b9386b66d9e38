import { beforeAll, describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { readDocument, type ReadResult } from '../../src/ingest/read-document.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { nodePdfEnvironment } from '../../data/pdf-node.ts';
import { source } from '../extract/fixtures.ts';
import { encryptedPdf, predefinedCMapPdf, scannedPdf } from './pdf-writer.ts';
import { printPdfs } from './print-pdf.ts';
import { expectSameTasks, expectSpansInside } from './same-tasks.ts';
import { pdfJobOfShipped, shippedLines } from './shipped-fixtures.ts';

const gazetteer = loadGazetteer();
const options = { pdfEnvironment: nodePdfEnvironment };
const readPdf = (bytes: Uint8Array) => readDocument({ name: 'plan.pdf', bytes }, options);
const refusal = (bytes: Uint8Array) => readPdf(bytes).then(() => null, (e: unknown) => e);

/** Every GB2312 hanzi (6,763), in GB2312 order. */
function gb2312Hanzi(): string {
  const decoder = new TextDecoder('gb18030');
  let out = '';
  for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) out += decoder.decode(Uint8Array.of(hi, lo));
  return out.replace(/[^\p{Script=Han}]/gu, '');
}

let plan: ReadResult;
let allHanzi: string[];

beforeAll(async () => {
  const hanzi = gb2312Hanzi();
  const rows = hanzi.match(/.{1,30}/gu)!.map((r) => `<p>${r}</p>`).join('');
  const [planPdf, ...hanziPdfs] = await printPdfs([
    pdfJobOfShipped('shaanxi-2023-key-tasks', '陕西省发展和改革委员会文件'),
    ...['Noto Sans CJK SC', 'Noto Serif CJK SC'].map((font) => ({ html: `<meta charset="utf-8"><body style="font-family:'${font}';font-size:12pt">${rows}</body>` })),
  ]);
  plan = await readPdf(planPdf!);
  allHanzi = await Promise.all(hanziPdfs.map(async (pdf) => (await readPdf(pdf)).text.replace(/\s/g, '')));
}, 120_000);

describe('a PDF printed by Chromium with a running head, footer and page number on every page', () => {
  test('reads back line for line as the shipped text, without the head, footer or page numbers', () => {
    expect(plan.format).toBe('pdf');
    expect(plan.pages).toBeGreaterThanOrEqual(10);
    expect(plan.text).not.toMatch(/委员会文件|内部资料|－\s*\d+\s*－/);
    expect(plan.text.split('\n')).toEqual(shippedLines('shaanxi-2023-key-tasks'));
  });

  test('extracts the same 25 tasks as the .txt', () => {
    const doc = extractDocument(plan.text, { gazetteer });
    expect(doc.tasks).toHaveLength(25);
    expectSameTasks(doc, extractDocument(source('shaanxi-2023-key-tasks').bytes, { gazetteer }));
    expectSpansInside(doc, plan.text);
    expect(doc.document).toMatchObject({ issuer: '陕西省发展和改革委员会', date: '2023-04-23', region: { code: '610000' } });
  });

  test('every GB2312 hanzi comes back as itself in both Noto CJK faces (no Kangxi radicals: ⼈ for 人, ⼾ for 户)', () => {
    const want = gb2312Hanzi();
    for (const got of allHanzi) expect(got).toBe(want);
  });
});

describe('PDFs that need care or are refused', () => {
  test('a non-embedded Chinese font is read through the CMaps shipped with pdf.js, and not without them', async () => {
    const lines = ['关于印发工作要点的通知。', '一、提高农业转移人口市民化质量', '（一）提高城镇落户便捷程度和服务水平。'];
    expect((await readPdf(predefinedCMapPdf(lines))).text.replace(/\n/g, '')).toBe(lines.join(''));
    const withoutCMaps = async () => ({ ...(await nodePdfEnvironment()), documentOptions: { cMapUrl: '/nonexistent/', cMapPacked: true } });
    const blind = await readDocument({ name: 'a.pdf', bytes: predefinedCMapPdf(lines) }, { pdfEnvironment: withoutCMaps }).catch((e: unknown) => e);
    expect(blind).toMatchObject({ code: 'pdf-no-text' });
  });

  test('a scan without a text layer says so', async () => {
    expect(await refusal(scannedPdf())).toMatchObject({ code: 'pdf-no-text', zh: expect.stringMatching(/扫描件/), en: expect.stringMatching(/no text layer/) });
  });

  test('a password-protected PDF and a damaged one are refused with their reasons', async () => {
    expect(await refusal(encryptedPdf())).toMatchObject({ code: 'pdf-encrypted', zh: expect.stringMatching(/密码/) });
    expect(await refusal(new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(100)}`))).toMatchObject({ code: 'pdf-corrupt' });
  });

  test('progress is reported page by page', async () => {
    const seen: number[] = [];
    await readDocument({ name: 'c.pdf', bytes: predefinedCMapPdf(['推进新型城镇化建设，提高农业转移人口市民化质量。']) }, { ...options, onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([1, 1]);
  });
});
