import type { Page } from 'playwright-core';

/**
 * Distinct colours in a screenshot of an element, counted in the page itself (the browser decodes the PNG). A blank
 * map is one or two colours; a drawn choropleth has many.
 */
export async function distinctColours(page: Page, selector: string): Promise<{ colours: number; sample: string[] }> {
  const png = await page.locator(selector).screenshot({ timeout: 120_000 });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4 * 7) {
      // Quantised a little, so anti-aliasing does not count as colours.
      const key = `${data[i]! >> 3},${data[i + 1]! >> 3},${data[i + 2]! >> 3}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    // Only colours covering a real area count.
    const big = [...seen].filter(([, n]) => n > 40);
    return { colours: big.length, sample: big.sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k]) => k) };
  }, png.toString('base64'));
}

/** The whole map is drawn: the app sets this attribute after the first complete frame. */
export function mapReady(page: Page) {
  return page.waitForSelector('html[data-map-ready]', { state: 'attached', timeout: 120_000 });
}
