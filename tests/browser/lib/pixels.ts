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

export type Rgb = [number, number, number];

/**
 * The colour of a 5×5 patch of the page centred on (x, y), decoded in the page itself: its median per channel,
 * which a label's stroke or an outline crossing the patch does not move, or its mean, which tells a patch half
 * covered by a circle from one without it.
 */
export async function colourAt(page: Page, x: number, y: number, how: 'median' | 'mean' = 'median'): Promise<Rgb> {
  const png = await page.screenshot({ clip: { x: x - 2, y: y - 2, width: 5, height: 5 }, timeout: 120_000 });
  return patchColour(page, png, 2, 2, 5, how);
}

/** The colour of a `size`×`size` patch of a PNG image centred on pixel (x, y), as colourAt takes it. */
export async function patchColour(page: Page, png: Buffer, x: number, y: number, size: number, how: 'median' | 'mean' = 'median'): Promise<Rgb> {
  return page.evaluate(
    async ([b64, mean, left, top, side]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(left, top, side, side).data;
      const channel = (k: number) => {
        const xs: number[] = [];
        for (let i = k; i < d.length; i += 4) xs.push(d[i]!);
        return mean ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : xs.sort((a, b) => a - b)[xs.length >> 1]!;
      };
      return [channel(0), channel(1), channel(2)] as [number, number, number];
    },
    [png.toString('base64'), how === 'mean', x - (size >> 1), y - (size >> 1), size] as const,
  );
}

/** The whole map is drawn: the app sets this attribute after the first complete frame. */
export function mapReady(page: Page) {
  return page.waitForSelector('html[data-map-ready]', { state: 'attached', timeout: 120_000 });
}
