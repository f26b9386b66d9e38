import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { printPdfs } from '../../tests/ingest/print-pdf.ts';

const CN = '一二三四五六七八九';
const cn = (n: number) => (n < 10 ? CN[n - 1]! : `${n >= 20 ? CN[Math.floor(n / 10) - 1] : ''}十${n % 10 ? CN[(n % 10) - 1] : ''}`);

/** One long plan from the shipped documents' tasks: sections of twenty （一）…（二十） tasks, until `bytes` of UTF-8. */
export function longPlan(bytes: number): string {
  const shipped = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'tasks.json'), 'utf8')) as { documents: ExtractedDocument[] }).documents;
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


/** A ~50-page PDF printed by Chromium from the start of a long plan, with a page number in every footer. */
export async function longPdf(text: string): Promise<Uint8Array> {
  const pdfText = text.split('\n').reduce((acc, l) => (acc.join('').length < 38_000 ? [...acc, l] : acc), [] as string[]);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const [pdf] = await printPdfs([
    {
      html: `<!doctype html><meta charset="utf-8"><style>body{font-family:'Noto Serif CJK SC';font-size:15pt;line-height:1.55} p{text-indent:2em;margin:0}</style>${pdfText.map((l) => `<p>${esc(l)}</p>`).join('')}`,
      footerTemplate: `<div style="font-size:10pt;width:100%;text-align:center">－ <span class="pageNumber"></span> －</div>`,
    },
  ]);
  return pdf!;
}
