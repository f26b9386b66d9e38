import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CACHE = join(import.meta.dirname, '..', '..', '.cache', 'test-fixtures');

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface PrintJob {
  html: string;
  headerTemplate?: string;
  footerTemplate?: string;
}

/**
 * PDFs printed by Debian's Chromium from HTML (page.pdf, A4, header and footer templates on every page), cached
 * under .cache/test-fixtures (gitignored) by a hash of what was printed, so only the first run pays for the browser.
 */
export async function printPdfs(jobs: PrintJob[]): Promise<Uint8Array[]> {
  mkdirSync(CACHE, { recursive: true });
  const paths = jobs.map((job) => join(CACHE, `${createHash('sha256').update(JSON.stringify(job)).digest('hex').slice(0, 16)}.pdf`));
  const missing = jobs.map((job, k) => ({ job, path: paths[k]! })).filter(({ path }) => !existsSync(path));
  if (missing.length > 0) {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS, headless: true });
    try {
      for (const { job, path } of missing) {
        const page = await browser.newPage();
        await page.setContent(job.html);
        const pdf = await page.pdf({
          format: 'A4',
          displayHeaderFooter: Boolean(job.headerTemplate || job.footerTemplate),
          headerTemplate: job.headerTemplate ?? '<span></span>',
          footerTemplate: job.footerTemplate ?? '<span></span>',
          margin: { top: '32mm', bottom: '30mm', left: '26mm', right: '24mm' },
        });
        await page.close();
        // Written then renamed, so a test file running alongside never reads half a PDF.
        writeFileSync(`${path}.tmp`, pdf);
        renameSync(`${path}.tmp`, path);
      }
    } finally {
      await browser.close();
    }
  }
  return paths.map((p) => new Uint8Array(readFileSync(p)));
}
