/**
 * Adding a document, node-side: `npm run bench` (or `tsx bench/ingest.ts`). Times readDocument + extraction for a
 * 1 MB text document and a ~50-page PDF printed by Chromium, and the gazetteer the extraction worker builds once.
 * (The in-browser "choose a file → tasks drawn" timing belongs to the browser bench.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedDocument } from '../src/domain/task.ts';
import { documentIdFor } from '../src/domain/document-id.ts';
import { extractText } from '../src/ingest/extract-text.ts';
import { readDocument } from '../src/ingest/read-document.ts';
import { loadGazetteer } from '../data/gazetteer/load.ts';
import { nodePdfEnvironment } from '../data/pdf-node.ts';
import { printPdfs } from '../tests/ingest/print-pdf.ts';

const CN = '一二三四五六七八九';
const cn = (n: number) => (n < 10 ? CN[n - 1]! : `${n >= 20 ? CN[Math.floor(n / 10) - 1] : ''}十${n % 10 ? CN[(n % 10) - 1] : ''}`);

/** One long plan from the shipped documents' tasks: sections of twenty （一）…（二十） tasks, until `bytes` of UTF-8. */
function longPlan(bytes: number): string {
  const shipped = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'tasks.json'), 'utf8')) as { documents: ExtractedDocument[] }).documents;
  const bodies = shipped.flatMap((d) => d.tasks.map((t) => t.text.replace(/@@/g, '').replace(/^\s*(?:[（(][一二三四五六七八九十]+[)）]|\d{1,3}[．.])\s*/, '').replace(/\s*\n\s*/g, '')));
  const lines = ['关于印发某省推进新型城镇化长篇实施方案的通知', '某省发展和改革委员会', '2024年3月1日', '某省推进新型城镇化长篇实施方案'];
  let size = 0;
  let k = 0;
  for (let s = 1; size < bytes && s < 100; s++) {
    lines.push(`${cn(s)}、${bodies[k % bodies.length]!.slice(0, 14)}`);
    for (let t = 1; t <= 20 && size < bytes; t++, k++) {
      const line = `（${cn(t)}）${bodies[k % bodies.length]}`;
      lines.push(line);
      size += Buffer.byteLength(line) + 1;
    }
  }
  return lines.join('\n');
}

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

const pdfText = text.split('\n').reduce((acc, l) => (acc.join('').length < 38_000 ? [...acc, l] : acc), [] as string[]);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const [pdf] = await printPdfs([
  {
    html: `<!doctype html><meta charset="utf-8"><style>body{font-family:'Noto Serif CJK SC';font-size:15pt;line-height:1.55} p{text-indent:2em;margin:0}</style>${pdfText.map((l) => `<p>${esc(l)}</p>`).join('')}`,
    footerTemplate: `<div style="font-size:10pt;width:100%;text-align:center">－ <span class="pageNumber"></span> －</div>`,
  },
]);
const pdfTimes = await timed('long.pdf', pdf!, 3);

const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;
const first = (xs: Array<{ read: number }>) => `first ${xs[0]!.read.toFixed(0)} ms (loads pdf.js), then ${range(xs.slice(1).map((t) => t.read))}`;
console.log('adding a document (node, one core; readDocument + extraction)');
console.log(`  gazetteer build            ${gazetteerMs.toFixed(0)} ms${global.gc ? `, ${heapMb.toFixed(0)} MB heap and buffers` : ''} (once per extraction worker)`);
console.log(`  1 MB text (${(txt.length / 1e6).toFixed(2)} MB, ${txtTimes[0]!.tasks} tasks)   read ${range(txtTimes.map((t) => t.read))}, extract ${range(txtTimes.map((t) => t.extract))}`);
console.log(`  ${pdfTimes[0]!.pages}-page PDF (${(pdf!.length / 1e6).toFixed(2)} MB, ${pdfTimes[0]!.tasks} tasks)  read ${first(pdfTimes)}, extract ${range(pdfTimes.map((t) => t.extract))}`);
