/**
 * Adding a document, node-side: `npm run bench` (or `tsx bench/ingest.ts`). Times readDocument + extraction for a
 * 1 MB text document and a ~50-page PDF printed by Chromium, and the gazetteer the extraction worker builds once.
 * (The in-browser "choose a file → tasks drawn" timing is bench/adding.ts.)
 */
import { documentIdFor } from '../src/domain/document-id.ts';
import { extractText } from '../src/ingest/extract-text.ts';
import { readDocument } from '../src/ingest/read-document.ts';
import { loadGazetteer } from '../data/gazetteer/load.ts';
import { nodePdfEnvironment } from '../data/pdf-node.ts';
import { longPdf, longPlan } from './lib/long-plan.ts';

const t0 = performance.now();
global.gc?.();
const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
const heap0 = used();
const gazetteer = loadGazetteer();
const gazetteerMs = performance.now() - t0;
global.gc?.();
const heapMb = (used() - heap0) / 1e6;

async function timed(name: string, bytes: Uint8Array, rounds: number) {
  const times: Array<{ read: number; extract: number; tasks: number; pages?: number }> = [];
  for (let r = 0; r < rounds; r++) {
    const a = performance.now();
    const read = await readDocument({ name, bytes }, { pdfEnvironment: nodePdfEnvironment });
    const b = performance.now();
    const doc = extractText(read.text, { gazetteer, id: documentIdFor(read.text), read });
    times.push({ read: b - a, extract: performance.now() - b, tasks: doc.tasks.length, pages: read.pages });
  }
  return times;
}

const text = longPlan(1_000_000);
const txt = new TextEncoder().encode(text);
const txtTimes = await timed('long.txt', txt, 5);

const pdf = await longPdf(text);
const pdfTimes = await timed('long.pdf', pdf, 3);

const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;
const first = (xs: Array<{ read: number }>) => `first ${xs[0]!.read.toFixed(0)} ms (loads pdf.js), then ${range(xs.slice(1).map((t) => t.read))}`;
console.log('adding a document (node, one core; readDocument + extraction)');
console.log(`  gazetteer build            ${gazetteerMs.toFixed(0)} ms${global.gc ? `, ${heapMb.toFixed(0)} MB heap and buffers` : ''} (once per extraction worker)`);
console.log(`  1 MB text (${(txt.length / 1e6).toFixed(2)} MB, ${txtTimes[0]!.tasks} tasks)   read ${range(txtTimes.map((t) => t.read))}, extract ${range(txtTimes.map((t) => t.extract))}`);
console.log(`  ${pdfTimes[0]!.pages}-page PDF (${(pdf.length / 1e6).toFixed(2)} MB, ${pdfTimes[0]!.tasks} tasks)  read ${first(pdfTimes)}, extract ${range(pdfTimes.map((t) => t.extract))}`);
