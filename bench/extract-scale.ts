/**
 * Does extraction time grow linearly with the document? One plan of a given size made from the shipped tasks'
 * real sentences (sections 一、…九十九、, tasks 1．2．… restarting in each, as plans that number by section do),
 * timed at 50 KB and at 5 MB: the large one must run at no less than half the small one's rate per byte.
 */
import type { ExtractedDocument } from '../src/domain/task.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import type { Gazetteer } from '../src/extract/gazetteer.ts';
import { rng } from './generate-corpus.ts';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const cn = (n: number) => (n <= 9 ? CN[n - 1]! : `${n >= 20 ? CN[Math.floor(n / 10) - 1] : ''}十${n % 10 ? CN[(n % 10) - 1] : ''}`);

/** A plan of about `bytes` UTF-8 bytes: a covering letter, then sections of tasks with their own notes. */
export function longPlan(seeds: ExtractedDocument[], bytes: number, seed = 5): string {
  const rand = rng(seed);
  const tasks = seeds.flatMap((d) => d.tasks.map((t) => t.text.replace(/^[（(]?[一二三四五六七八九十\d]+[)）．.、]\s*/, '')));
  const titles = seeds.flatMap((d) => d.sections.map((s) => s.title));
  const lines = ['关于印发重点任务的通知', '各有关单位：', '现将《重点任务》印发给你们，请认真贯彻落实。', '2023年5月1日', '重点任务'];
  let size = lines.join('\n').length * 3;
  const average = tasks.reduce((n, t) => n + new TextEncoder().encode(t).length, 0) / tasks.length;
  const perSection = Math.max(4, Math.ceil(bytes / 99 / average));
  for (let s = 1; s <= 99 && size < bytes; s++) {
    lines.push(`${cn(s)}、${titles[Math.floor(rand() * titles.length)]}`);
    for (let k = 1; k <= perSection && size < bytes; k++) {
      const line = `${k}．${tasks[Math.floor(rand() * tasks.length)]}`;
      lines.push(line);
      size += new TextEncoder().encode(line).length + 1;
    }
  }
  return lines.join('\n');
}

/** MB/s of one document, extracted `rounds` times after a warm-up. */
function rate(text: string, gazetteer: Gazetteer, rounds: number): { mbps: number; tasks: number; bytes: number } {
  const bytes = new TextEncoder().encode(text);
  extractDocument(bytes, { gazetteer });
  let tasks = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) tasks = extractDocument(bytes, { gazetteer }).tasks.length;
  const s = (performance.now() - t0) / 1000;
  return { mbps: (bytes.length * rounds) / 1e6 / s, tasks, bytes: bytes.length };
}

export function scaleReport(seeds: ExtractedDocument[], gazetteer: Gazetteer): string[] {
  const small = rate(longPlan(seeds, 50_000), gazetteer, 100);
  const large = rate(longPlan(seeds, 5_000_000), gazetteer, 2);
  const oneLine = rate(longPlan(seeds, 5_000_000).replace(/\n/g, ''), gazetteer, 1);
  const fmt = (r: { mbps: number; tasks: number; bytes: number }) => `${(r.bytes / 1e6).toFixed(2)} MB, ${r.tasks} tasks: ${r.mbps.toFixed(1)} MB/s`;
  return [
    'extraction time against document size (one plan, place resolution on)',
    `  50 KB plan                 ${fmt(small)}`,
    `  5 MB plan                  ${fmt(large)}`,
    `  5 MB plan on one line      ${fmt(oneLine)}`,
    `  target                     5 MB at ≥ half the 50 KB rate: ${large.mbps >= small.mbps / 2 && oneLine.mbps >= small.mbps / 2 ? 'met' : 'NOT met'} (${((large.mbps / small.mbps) * 100).toFixed(0)}%, one line ${((oneLine.mbps / small.mbps) * 100).toFixed(0)}%)`,
  ];
}
