import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './lib/axe.ts';
import { openPage, useBrowser } from './lib/chromium.ts';
import { addFile, CHENGGU, chengguExpected, chengguFiles, chengguLines, panelCount } from './lib/added-documents.ts';
import { mapReady } from './lib/pixels.ts';

const browser = useBrowser();
const expected = chengguExpected();

async function ready(page: import('playwright-core').Page, search = '') {
  await page.goto(`${inject('baseUrl')}${search}`);
  await mapReady(page);
  await page.waitForSelector('#cat-hukou', { state: 'attached' });
}

describe('pasting, dropping and sharing added documents', { timeout: 300_000 }, () => {
  test('text pasted into the dialog, or anywhere on the page, and a file dropped on the page, are read and reviewed', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'));
    await ready(page);
    const text = chengguLines().join('\n');
    await page.locator('.bar .add-document').click();
    await page.locator('#add-document-paste').fill(text);
    await page.locator('.add-paste-read').click();
    await expect.poll(() => page.locator('.review-count').textContent(), { timeout: 120_000 }).toContain(`识别出 ${expected.tasks} 项任务`);
    // The review is usable without a mouse or sight: labelled fields, named buttons, enough contrast.
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.review-discard').click();
    await page.keyboard.press('Escape');

    // A paste outside any field opens the dialog with the text in it.
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    await expect.poll(() => page.locator('#add-document-paste').inputValue()).toBe(text);
    await page.keyboard.press('Escape');

    // A file dropped anywhere on the page.
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.items.add(new File([t], '城固县.txt', { type: 'text/plain' }));
      for (const type of ['dragover', 'drop']) document.querySelector('.map-wrap')!.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await expect.poll(() => page.locator('.review-count').textContent(), { timeout: 120_000 }).toContain(`识别出 ${expected.tasks} 项任务`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a link to a view with an added document says it is missing elsewhere; the exported file brings document and view', async () => {
    const sender = await openPage(browser(), inject('baseUrl'));
    await ready(sender.page, `?level=prefecture&focus=610700&region=${CHENGGU}`);
    await addFile(sender.page, (await chengguFiles()).txt);
    await sender.page.locator('.review-add').click();
    await expect.poll(() => sender.page.locator('.add-message').textContent()).toContain('已加入');
    await sender.page.keyboard.press('Escape');
    const id = await sender.page.evaluate(() => document.querySelector('.my-documents li')?.getAttribute('data-id') ?? null);
    // Narrow the view to the added document: the link now names it.
    const link = new URL(sender.page.url());
    link.searchParams.set('doc', id ?? '');
    await sender.page.goto(link.href);
    await mapReady(sender.page);
    const senderCount = await panelCount(sender.page, '城固县');
    expect(senderCount).toMatch(/^当前筛选下 \d+ 项任务（共 \d+ 项）$/);
    await sender.page.locator('.bar .share').click();
    const [download] = await Promise.all([sender.page.waitForEvent('download'), sender.page.locator('.share-bundle').click()]);
    const bundle = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(bundle)).toMatchObject({ format: 'task-atlas-documents', version: 1, documents: [{ id }] });

    // Another browser: the plain link opens with a note, the rest of the view intact.
    const recipient = await openPage(browser(), inject('baseUrl'));
    await ready(recipient.page, link.search);
    await expect.poll(() => recipient.page.locator('.problems').textContent()).toContain(id!);
    await panelCount(recipient.page, '城固县');
    expect(new URL(recipient.page.url()).searchParams.get('doc')).toBeNull();
    // The file brings the document and the view.
    await recipient.page.locator('.bar .add-document').click();
    await recipient.page.locator('#add-document-file').setInputFiles({ name: 'view.json', mimeType: 'application/json', buffer: Buffer.from(bundle) });
    await expect.poll(() => recipient.page.locator('.add-message').textContent(), { timeout: 120_000 }).toContain('已导入 1 份文档');
    await recipient.page.keyboard.press('Escape');
    await expect.poll(() => new URL(recipient.page.url()).searchParams.get('doc')).toBe(id);
    await expect.poll(() => panelCount(recipient.page, '城固县')).toBe(senderCount);
    for (const p of [sender, recipient]) {
      expect(p.foreignRequests).toEqual([]);
      expect(p.errors).toEqual([]);
      await p.page.close();
    }
  });
});
