import type { PdfEnvironment } from './read-pdf.ts';

// pdf.js's packed CMaps (Chinese PDFs with non-embedded fonts need UniGB-UCS2-H and friends) as hashed assets of
// the app itself: fetched from the app's own origin only when a PDF asks for one, never from a CDN. no-inline:
// a small file inlined as a data: URL would be a fetch a same-origin Content Security Policy refuses.
const CMAP_URLS = import.meta.glob('../../node_modules/pdfjs-dist/cmaps/*.bcmap', { query: '?url&no-inline', import: 'default', eager: true }) as Record<string, string>;
const cmapUrl = new Map(Object.entries(CMAP_URLS).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

/** Serves pdf.js's requests for CMaps from the app's own assets; fonts and wasm are not needed to read text. */
class AppBinaryDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'cMapUrl' ? cmapUrl.get(filename) : undefined;
    if (!url) throw new Error(`no bundled ${kind} file ${filename}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`could not fetch ${filename}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/**
 * pdf.js for the extraction Web Worker: the library and its worker code are chunks of the app (same origin), and
 * the worker code runs in this thread (pdf.js's "main-thread worker"), since we are off the page's thread already
 * and a nested worker would add a second copy of the code and a message hop.
 */
export async function browserPdfEnvironment(): Promise<PdfEnvironment> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return {
    pdfjs,
    documentOptions: { BinaryDataFactory: AppBinaryDataFactory, useWorkerFetch: false, cMapUrl: './', cMapPacked: true, disableWorkerRendering: true },
  };
}
