import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { encryptedPdf, scannedPdf } from '../ingest/pdf-writer.ts';
import { openPage, useBrowser } from './lib/chromium.ts';
import { CHENGGU, chengguLines, panelCount } from './lib/added-documents.ts';
import { mapReady } from './lib/pixels.ts';

const browser = useBrowser();

/** Code in a plan's words: markup, script URLs, a spreadsheet formula. If any ran, `window.__xss` would be set. */
const HOSTILE = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=2</script>', 'javascript:window.__xss=3', "=cmd|' /C calc'!A0", '"><svg onload="window.__xss=4">'];
const hostileText = () =>
  [
    '城固县2023年网络安全工作要点',
    '城固县人民政府办公室',
    '一、主要任务',
    `（一）处置${HOSTILE[0]}攻击。到2023年底建成平台3个。（县委网信办${HOSTILE[1]}）`,
    `（二）清理${HOSTILE[2]}链接。（县公安局）`,
    `（三）${HOSTILE[3]}表格公式。（县财政局）`,
    `（四）其他${HOSTILE[4]}。（县发改局）`,
  ].join('\n');

async function open(page: Page, search = '') {
  await page.goto(`${inject('baseUrl')}${search}`);
  await mapReady(page);
  await page.waitForSelector('#cat-hukou', { state: 'attached' });
}

/** Reads pasted text through the dialog and adds what the review shows. */
async function addPasted(page: Page, text: string) {
  await page.locator('.bar .add-document').click();
  await page.locator('#add-document-paste').fill(text);
  await page.locator('.add-paste-read').click();
  await page.waitForSelector('.add-document-dialog .review', { timeout: 120_000 });
  await page.locator('.review-add').click();
  await expect.poll(() => page.locator('.add-message').textContent()).toContain('已加入');
}

const refused = async (page: Page, name: string, file: Buffer | string, says: RegExp) => {
  await page.evaluate(() => (document.querySelector('.add-message')!.textContent = ''));
  await page.locator('#add-document-file').setInputFiles(typeof file === 'string' ? file : { name, mimeType: 'application/octet-stream', buffer: file });
  await expect.poll(() => page.locator('.add-message').textContent(), { timeout: 60_000 }).toMatch(says);
};

describe('untrusted documents', { timeout: 300_000 }, () => {
  test('the built page allows scripts, workers, styles and connections from its own origin only', async () => {
    const { page } = await openPage(browser(), inject('baseUrl'));
    await page.goto(inject('baseUrl'));
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const rule of ["default-src 'self'", "script-src 'self'", "worker-src 'self'", "connect-src 'self';", "style-src 'self'", "object-src 'none'"]) expect(`${policy};`).toContain(rule);
    // A fetch elsewhere is refused by the browser itself, under that policy (not for lack of a network).
    const blocked = await page.evaluate(async () => {
      const seen = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(`${e.effectiveDirective} ${e.blockedURI}`), { once: true }));
      await fetch('http://example.invalid/x').catch(() => null);
      return seen;
    });
    expect(blocked).toBe('connect-src http://example.invalid/x');
    await page.close();
  });

  test('a plan full of markup and formulas shows as text everywhere, and exports safely', async () => {
    const { page, errors, foreignRequests } = await openPage(browser(), inject('baseUrl'));
    await open(page, `?level=prefecture&focus=610700&region=${CHENGGU}`);
    await addPasted(page, hostileText());
    await page.keyboard.press('Escape');
    await panelCount(page, '城固县');
    // The panel: the words are there as text, no element came of them.
    const panel = (await page.locator('.panel').textContent()) ?? '';
    expect(panel).toContain('处置<img src=x onerror="window.__xss=1">攻击');
    // The source view, the table.
    await page.locator('.panel .source-button').first().click();
    await expect.poll(() => page.locator('.source-text').textContent()).toContain(HOSTILE[1]);
    await page.keyboard.press('Escape');
    await page.locator('.bar .table-toggle').click();
    await expect.poll(() => page.locator('.task-table').textContent(), { timeout: 30_000 }).toContain(HOSTILE[2]);
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload], script:not([src])').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // CSV: the formula is text for a spreadsheet (a leading apostrophe).
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('.task-table .export-csv').click()]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText).toContain(`'${HOSTILE[3]!}`);
    // GeoJSON: valid JSON, whatever the names.
    const [geo] = await Promise.all([page.waitForEvent('download'), page.locator('.task-table .export-geojson').click()]);
    const geoText = readFileSync((await geo.path())!, 'utf8');
    expect(() => JSON.parse(geoText)).not.toThrow();
    // SVG: a filter of markup is escaped in the image's subtitle, and the file is well-formed.
    await page.locator('#task-text').fill(HOSTILE[1]!);
    await page.locator('.bar .export').click();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('.export-dialog button:has-text("导出 SVG")').click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    const parsed = await page.evaluate((x) => {
      const doc = new DOMParser().parseFromString(x, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, scripts: doc.querySelectorAll('script').length, text: doc.documentElement.textContent ?? '' };
    }, svgText);
    expect(parsed).toMatchObject({ error: false, scripts: 0 });
    expect(parsed.text).toContain(HOSTILE[1]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('files that cannot be documents are refused with a reason, and nothing else is lost', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'));
    await open(page);
    await page.locator('.bar .add-document').click();
    // Over 50 MB (Playwright hands a file that large over by its path).
    const big = join(mkdtempSync(join(tmpdir(), 'atlas-')), '大文件.txt');
    writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 0x41));
    await refused(page, '大文件.txt', big, /文件过大.*上限为 50(\.0)? MB/);
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(24 * 1024 * 1024).fill(0x41), '[Content_Types].xml': strToU8('<Types/>') }, { level: 9 });
    await refused(page, '炸弹.docx', Buffer.from(bomb), /结构异常.*不予读取/);
    await refused(page, '损坏.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ngarbage'), /PDF 文件已损坏/);
    await refused(page, '加密.pdf', Buffer.from(encryptedPdf()), /设有打开密码/);
    await refused(page, '扫描.pdf', Buffer.from(scannedPdf()), /没有文字层，可能是扫描件/);
    await refused(page, '照片.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /这是一张图片（PNG）/);
    // The page still works: a real plan is read after all of that.
    await page.locator('#add-document-paste').fill(chengguLines().join('\n'));
    await page.locator('.add-paste-read').click();
    await page.waitForSelector('.add-document-dialog .review', { timeout: 120_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('without IndexedDB (a private window) a document works for the session, and the page says it will not be kept', async () => {
    const { page, context, errors } = await openPage(browser(), inject('baseUrl'));
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    await open(page, `?level=prefecture&focus=610700&region=${CHENGGU}`);
    await addPasted(page, chengguLines().join('\n'));
    await expect(page.locator('.add-message').textContent()).resolves.toContain('不会保留');
    await expect(page.locator('.my-documents').textContent()).resolves.toContain('仅本次');
    await page.keyboard.press('Escape');
    expect(await panelCount(page, '城固县')).toMatch(/^\d+ 项任务$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
