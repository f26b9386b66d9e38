import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { parseUrlState, serializeUrlState } from '../../src/view/url-state.ts';
import { ARTIFACTS, openPage, useBrowser } from './lib/chromium.ts';


const browser = useBrowser();

/** The data is in: the filter bar has built its category boxes. */
const dataLoaded = (page: Page | Frame) => page.waitForSelector('#cat-hukou', { state: 'attached' });

describe('a shared view opens exactly as it was', () => {
  test('a complex URL is restored into the store and the page, and rewritten in canonical form', async () => {
    const search = '?level=province&focus=610000&region=xian-metro&cat=hukou,land&members=1&lang=en&layers=composites,labels';
    const { page, errors, foreignRequests } = await openPage(browser(), inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}${search}`);
    await dataLoaded(page);

    await expect(page.locator('.panel .panel-title').textContent()).resolves.toBe("Xi'an Metropolitan Area 西安都市圈");
    await expect(page.locator('.panel').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    const checked = await page.$$eval('.filters input[id^="cat-"]', (xs) => xs.filter((x) => (x as HTMLInputElement).checked).map((x) => x.id));
    expect(checked).toEqual(['cat-hukou', 'cat-land']);
    await expect(page.locator('.bar .levels [aria-pressed="true"]').getAttribute('data-code')).resolves.toBe('610000');
    await expect(page.locator('.legend .filter-note').textContent()).resolves.toBe('Filters: Hukou & citizenisation, Land');
    // The members option shows in the panel's count: 西安都市圈 counted for its member units too.
    await expect(page.locator('.panel .panel-count').textContent()).resolves.toMatch(/^\d+ of \d+ tasks under the current filters$/);

    const canonical = serializeUrlState(parseUrlState(search));
    expect(canonical).toBe('?level=province&focus=610000&region=xian-metro&cat=hukou%2Cland&members=1&layers=composites%2Clabels&lang=en');
    await expect(page.evaluate(() => location.search)).resolves.toBe(canonical);

    // A reload of the rewritten URL is the same view.
    await page.reload();
    await dataLoaded(page);
    await expect(page.locator('.panel .panel-title').textContent()).resolves.toBe("Xi'an Metropolitan Area 西安都市圈");
    await expect(page.evaluate(() => location.search)).resolves.toBe(canonical);
    await page.screenshot({ path: join(ARTIFACTS, 'embed-normal-shared-view.png') });
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('a change is written to the URL and back/forward is restored; no history entry is added', async () => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}?region=610723`);
    await dataLoaded(page);
    const length = await page.evaluate(() => history.length);
    await page.locator('#cat-hukou').check();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?region=610723&cat=hukou');
    await page.locator('button.lang').click();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?region=610723&cat=hukou&lang=en');
    await expect(page.evaluate(() => history.length)).resolves.toBe(length);
    // An entry made by someone else (a hash link, a host script): back to it re-reads its URL.
    await page.evaluate(() => history.pushState(null, '', '?region=610700&cat=land'));
    await page.evaluate(() => history.pushState(null, '', '#elsewhere'));
    await page.goBack();
    await expect.poll(() => page.locator('.panel .panel-title').textContent()).toBe('汉中市 Hanzhong');
    await expect(page.locator('#cat-land').isChecked()).resolves.toBe(true);
    await expect(page.locator('#cat-hukou').isChecked()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('embed mode, driven over postMessage', () => {
  test('the example page embeds the app; ready, setFilters, change; the app shows only map, title, legend, sources', async () => {
    const { page, errors, foreignRequests } = await openPage(browser(), inject('baseUrl'), { width: 1320, height: 900 });
    await page.goto(`${inject('baseUrl')}embed-example.html`);
    const frame = page.frameLocator('#atlas');
    await page.waitForFunction(() => (window as unknown as { embedExample: { events: Array<{ kind: string }> } }).embedExample.events.some((e) => e.kind === 'ready'));
    const ready = await page.evaluate(() => (window as unknown as { embedExample: { events: Array<{ kind: string; state: unknown }> } }).embedExample.events[0]);
    expect(ready).toMatchObject({ kind: 'ready', state: { embed: true, ready: true, taskCount: 143 } });

    // Driven from the host page through postMessage, as a third-party page would.
    const reply = await page.evaluate(() =>
      (window as unknown as { embedExample: { request: (t: string, p: unknown) => Promise<{ taskCount: number }> } }).embedExample.request('setFilters', { categories: ['hukou'] }),
    );
    expect(reply).toMatchObject({ taskCount: 10, filters: { categories: ['hukou'] } });
    await page.waitForFunction(() => (window as unknown as { embedExample: { events: Array<{ kind: string }> } }).embedExample.events.some((e) => e.kind === 'change'));
    const change = await page.evaluate(() => (window as unknown as { embedExample: { events: Array<{ kind: string; state: unknown }> } }).embedExample.events.find((e) => e.kind === 'change'));
    expect(change).toMatchObject({ state: { filters: { categories: ['hukou'] }, taskCount: 10, embed: true } });
    await expect(page.locator('#log li').first().textContent()).resolves.toContain('categories=[hukou]');

    // Inside the frame: no header, filters, panel or table; the title, legend and source line are there.
    const inner = page.frames().find((f) => f.url().includes('embed=1'))!;
    for (const hidden of ['.bar', '.filters', '.panel', '.task-table']) await expect(frame.locator(hidden).isVisible()).resolves.toBe(false);
    for (const shown of ['.embed-title', '.legend', '.source-line']) await expect(frame.locator(shown).isVisible()).resolves.toBe(true);
    await expect(frame.locator('.legend .filter-note').textContent()).resolves.toBe('筛选: 户籍与市民化');
    await expect.poll(() => inner.evaluate(() => location.search)).toBe('?cat=hukou&embed=1');

    // The example's buttons: 西安都市圈 is selected; embed mode names it in the title, and opens no panel.
    await page.locator('#xian-metro').click();
    await expect.poll(() => frame.locator('.embed-selection').textContent()).toMatch(/^西安都市圈：\d+ 项任务$/);
    // The panel is built (its code loads with the first selection) and stays hidden.
    await frame.locator('.panel .panel-title').waitFor({ state: 'attached' });
    await expect(frame.locator('.panel').isVisible()).resolves.toBe(false);
    await expect(frame.locator('.embed-heading').textContent()).resolves.toBe('任务地图 · 陕西省');
    await expect(frame.locator('.embed-open').getAttribute('href')).resolves.toBe('/index.html?level=province&focus=610000&region=xian-metro&cat=hukou');
    await page.screenshot({ path: join(ARTIFACTS, 'embed-example-page.png') });

    // An invalid request from the host gets an error and changes nothing.
    const error = await page.evaluate(() =>
      (window as unknown as { embedExample: { request: (t: string, p: unknown) => Promise<unknown> } }).embedExample
        .request('setView', { selected: '<img src=x onerror=alert(1)>' })
        .then(() => 'accepted', (e: Error) => e.message),
    );
    expect(error).toBe('invalid selected');
    await expect.poll(() => inner.evaluate(() => location.search)).toBe('?level=province&focus=610000&region=xian-metro&cat=hukou&embed=1');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test.each([
    [400, 300],
    [1280, 720],
  ])('the embedded app fits a %i×%i frame', async (width, height) => {
    const { page, errors } = await openPage(browser(), inject('baseUrl'), { width: Math.max(width + 80, 900), height: height + 400 });
    await page.goto(`${inject('baseUrl')}embed-example.html`);
    await page.locator('#size').selectOption(`${width}x${height}`);
    await page.waitForFunction(() => (window as unknown as { embedExample: { events: Array<{ kind: string }> } }).embedExample.events.some((e) => e.kind === 'ready'));
    await page.locator('#xian-metro').click();
    const frame = page.frames().find((f) => f.url().includes('embed=1'))!;
    await expect.poll(() => frame.locator('.embed-selection').textContent()).toMatch(/西安都市圈/);
    const box = await frame.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const inside = (b: DOMRect) => b.left >= 0 && b.top >= 0 && b.right <= innerWidth && b.bottom <= innerHeight;
      return {
        viewport: [innerWidth, innerHeight],
        scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
        mapWrap: [r('.map-wrap').width, r('.map-wrap').height],
        inside: ['.legend', '.source-line', '.embed-title'].map((s) => inside(r(s))),
        legendShare: (r('.legend').width * r('.legend').height) / (innerWidth * innerHeight),
      };
    });
    expect(box.viewport).toEqual([width - 2, height - 2]); // the example's 1px frame border
    expect(box.scroll).toEqual(box.viewport); // no scrollbars: the app follows its frame
    expect(box.mapWrap).toEqual(box.viewport); // the map takes the whole frame
    expect(box.inside).toEqual([true, true, true]);
    expect(box.legendShare).toBeLessThan(0.2);
    // Keyboard: Tab from the host's last control enters the frame on the "open in Task Atlas" link, outlined.
    await page.locator('#size').focus();
    await page.keyboard.press('Tab');
    await expect(frame.evaluate(() => document.activeElement?.className)).resolves.toBe('embed-open');
    await expect(frame.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).resolves.toBe('solid');
    const iframe = page.locator('#atlas');
    await iframe.screenshot({ path: join(ARTIFACTS, `embed-${width}x${height}.png`) });
    expect(errors).toEqual([]);
  });
});

describe('hostile URLs stay inert', () => {
  test('markup in every parameter: no dialog, no element made from it, no error, and the URL cleaned', async () => {
    const hostile = new URLSearchParams({
      region: '<img src=x onerror=alert(1)>',
      q: '<script>alert(2)</script><img src=x onerror=alert(7)>',
      level: '"><svg onload=alert(3)>',
      focus: '610000<script>',
      cat: 'hukou,__proto__,constructor,<b>',
      dept: '<img src=x onerror=alert(4)>',
      basemap: 'javascript:alert(5)',
      lang: '<iframe src=javascript:alert(6)>',
      compare: '<a>,<b>',
      at: '1e999,NaN,<x>',
      layers: '<style>*{display:none}</style>',
      embed: '<script>',
      __proto__: 'polluted',
    });
    const { page, errors, foreignRequests } = await openPage(browser(), inject('baseUrl'));
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${inject('baseUrl')}?${hostile}`);
    await dataLoaded(page);
    await page.waitForLoadState('networkidle');

    expect(dialogs).toEqual([]);
    const dom = await page.evaluate(() => ({
      scripts: [...document.scripts].map((s) => s.getAttribute('src')?.replace(/-[\w-]+\.js$/, '.js')),
      handlers: document.querySelectorAll('[onerror],[onload],[onclick]').length,
      imgs: document.querySelectorAll('img,svg image,iframe,style:not([data-vite-dev-id])').length,
      hasPanel: !(document.querySelector('.panel') as HTMLElement).hidden,
      text: (document.getElementById('task-text') as HTMLInputElement).value,
      search: location.search,
      polluted: ({} as Record<string, unknown>).polluted,
      embed: document.querySelector('.app')!.classList.contains('embed'),
    }));
    expect(dom.scripts).toEqual(['./assets/index.js']);
    expect(dom.handlers).toBe(0);
    expect(dom.imgs).toBe(0);
    expect(dom.hasPanel).toBe(false);
    // Free text is the one value kept as it came: as the text it is, inside an input.
    expect(dom.text).toBe('<script>alert(2)</script><img src=x onerror=alert(7)>');
    expect(dom.search).toBe(`?cat=hukou&${new URLSearchParams({ q: '<script>alert(2)</script><img src=x onerror=alert(7)>' })}`);
    expect(dom.polluted).toBeUndefined();
    expect(dom.embed).toBe(false);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

describe('the Share dialog', () => {
  test('offers the absolute link and an iframe snippet, copies them, and gives focus back', async () => {
    const { page, context, errors } = await openPage(browser(), inject('baseUrl'));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('baseUrl')).origin });
    await page.goto(`${inject('baseUrl')}?level=province&focus=610000&region=xian-metro&cat=hukou`);
    await dataLoaded(page);
    const share = page.locator('.bar button.share');
    await expect(share.textContent()).resolves.toBe('分享');
    // Next to the language button.
    await expect(page.evaluate(() => document.querySelector('.bar button.share')!.nextElementSibling!.className)).resolves.toBe('lang');
    await share.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.share-dialog');
    // The dialog's code loads when it is first opened.
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const link = `${inject('baseUrl')}?level=province&focus=610000&region=xian-metro&cat=hukou`;
    await expect(page.locator('.share-link input').inputValue()).resolves.toBe(link);
    const snippet = await page.locator('.share-embed textarea').inputValue();
    expect(snippet).toBe(
      `<iframe src="${link.replace(/&/g, '&amp;')}&amp;embed=1" title="任务地图：新型城镇化重点任务" width="100%" height="480" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
    await page.locator('.share-link .share-copy').click();
    await expect.poll(() => page.locator('.share-link .share-status').textContent()).toBe('已复制到剪贴板');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    await page.locator('.share-embed .share-copy').click();
    await expect.poll(() => page.locator('.share-embed .share-status').textContent()).toBe('已复制到剪贴板');
    await expect(page.locator('.share-link .share-status').textContent()).resolves.toBe('');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(snippet);
    await page.screenshot({ path: join(ARTIFACTS, 'embed-share-dialog.png') });
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('share');

    // The snippet, pasted into a page, shows the embedded view.
    const host = await context.newPage();
    await host.goto(`${inject('baseUrl')}embed-example.html`); // any page of the app's origin, then replaced
    await host.setContent(`<!doctype html><body style="margin:0">${snippet}</body>`);
    const frame = host.frameLocator('iframe');
    await expect.poll(() => frame.locator('.embed-selection').textContent(), { timeout: 20_000 }).toMatch(/^西安都市圈：\d+ 项任务$/);
    expect(errors).toEqual([]);
  });

  test('without clipboard access, the text is selected and the status says how to copy', async () => {
    const { page } = await openPage(browser(), inject('baseUrl'));
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.execCommand = () => false;
    });
    await page.goto(`${inject('baseUrl')}?region=610723&lang=en`);
    await dataLoaded(page);
    await page.locator('.bar button.share').click();
    await page.locator('.share-embed .share-copy').click();
    await expect.poll(() => page.locator('.share-embed .share-status').textContent()).toBe('Selected: press Ctrl+C (⌘C on a Mac) to copy');
    const selected = await page.evaluate(() => {
      const ta = document.querySelector('.share-embed textarea') as HTMLTextAreaElement;
      return document.activeElement === ta && ta.selectionStart === 0 && ta.selectionEnd === ta.value.length;
    });
    expect(selected).toBe(true);
  });
});
