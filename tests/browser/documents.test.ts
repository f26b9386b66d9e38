import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, openPage, useBrowser } from './lib/chromium.ts';
import { addFile, CHENGGU, chengguExpected, chengguFiles, panelCount } from './lib/added-documents.ts';
import { distinctColours, mapReady } from './lib/pixels.ts';

const browser = useBrowser();
const expected = chengguExpected();
const files = chengguFiles();

describe('a plan added in the page behaves like a shipped one, and comes back after a reload', { timeout: 300_000 }, () => {
  test.each(['txt', 'gbk', 'html', 'docx', 'pdf'] as const)('%s', async (format) => {
    const { page, foreignRequests, errors } = await openPage(browser(), inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}?level=prefecture&focus=610700&region=${CHENGGU}`);
    await mapReady(page);
    await page.waitForSelector('#cat-hukou', { state: 'attached' });
    expect(await panelCount(page, '城固县')).not.toBe(`${expected.panelCount} 项任务`);

    await addFile(page, (await files)[format]);
    const review = page.locator('.add-document-dialog .review');
    await expect(review.locator('.review-count').textContent()).resolves.toContain(`识别出 ${expected.tasks} 项任务`);
    await expect(page.locator('#review-title').inputValue()).resolves.toBe(expected.title);
    await expect(review.locator('.review-region output').textContent()).resolves.toContain('城固县');
    // Bodies and targets are marked in the preview.
    expect(await review.locator('mark.mark-department').count()).toBeGreaterThan(0);
    expect(await review.locator('mark.mark-target').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, `documents-review-${format}.png`) });
    await review.locator('.review-add').click();
    await expect.poll(() => page.locator('.add-message').textContent()).toContain(`已加入“${expected.title}”，${expected.tasks} 项任务`);
    await page.keyboard.press('Escape');

    // Its tasks count for 城固县: the panel, the map, the table.
    expect(await panelCount(page, '城固县')).toBe(`${expected.panelCount} 项任务`);
    await expect(page.locator('.panel').textContent()).resolves.toContain(expected.title);
    await page.locator('.bar .table-toggle').click();
    await expect.poll(() => page.locator('.task-table').textContent(), { timeout: 30_000 }).toContain('城固县');
    await page.screenshot({ path: join(ARTIFACTS, `documents-added-${format}.png`) });
    expect((await distinctColours(page, '.map-wrap')).colours).toBeGreaterThanOrEqual(6);

    // A reload: the document is read back from this browser's storage.
    await page.reload();
    await mapReady(page);
    expect(await panelCount(page, '城固县')).toBe(`${expected.panelCount} 项任务`);
    await page.locator('.bar .add-document').click();
    await expect(page.locator('.my-documents').textContent()).resolves.toContain(expected.title);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
