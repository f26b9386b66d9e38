import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfEnvironment } from '../src/ingest/read-pdf.ts';

/**
 * pdf.js for Node (the command line, tests, benchmarks): the legacy build, which runs its worker code in-process,
 * with the CMaps read from the installed pdfjs-dist.
 */
export async function nodePdfEnvironment(): Promise<PdfEnvironment> {
  // pdf.js 6 calls Promise.withResolvers (Node 22); the project supports Node 20.19 and up.
  if (!('withResolvers' in Promise)) {
    Object.defineProperty(Promise, 'withResolvers', {
      configurable: true,
      writable: true,
      value<T>() {
        let resolve!: (v: T) => void;
        let reject!: (e: unknown) => void;
        const promise = new Promise<T>((res, rej) => {
          resolve = res;
          reject = rej;
        });
        return { promise, resolve, reject };
      },
    });
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    pdfjs,
    documentOptions: { cMapUrl: join(root, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(root, 'standard_fonts') + '/' },
  };
}
