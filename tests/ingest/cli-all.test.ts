import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { SOURCES_DIR, sourceIndex } from '../extract/fixtures.ts';
import { scannedPdf } from './pdf-writer.ts';
import { printPdfs } from './print-pdf.ts';
import { docxOfShipped, gbkHtmlOfShipped, pdfJobOfShipped } from './shipped-fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'task-atlas-sources-'));
const shipped = (JSON.parse(readFileSync(join(ROOT, 'data', 'tasks.json'), 'utf8')) as { documents: ExtractedDocument[] }).documents;

beforeAll(async () => {
  // index.json lists one document; four more are dropped in as an analyst would, with a scan and a photo.
  const national = sourceIndex().find((d) => d.id === 'national-2022-key-tasks')!;
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ documents: [national] }));
  copyFileSync(join(SOURCES_DIR, national.file), join(dir, national.file));
  const [pdf] = await printPdfs([pdfJobOfShipped('shaanxi-2023-key-tasks', '陕西省发展和改革委员会文件')]);
  writeFileSync(join(dir, '陕西重点任务.pdf'), pdf!);
  writeFileSync(join(dir, '县城实施方案.docx'), docxOfShipped('shaanxi-2022-county-towns'));
  writeFileSync(join(dir, '洋县工作要点.htm'), gbkHtmlOfShipped('yangxian-2023-work-points'));
  copyFileSync(join(SOURCES_DIR, '003_3fa6d9350bd4f568.txt'), join(dir, '浙江工作要点.txt'));
  writeFileSync(join(dir, '扫描件.pdf'), scannedPdf());
  writeFileSync(join(dir, '照片.png'), Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0));
}, 120_000);

test('npm run extract -- --all picks up files index.json does not list, described as the page describes them', { timeout: 60_000 }, () => {
  const out = join(dir, 'tasks.json');
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'data', 'extract.ts'), '--all', '--sources', dir, '--out', out], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toMatch(/skipped 扫描件\.pdf: This PDF has no text layer/);
  expect(r.stderr).not.toMatch(/照片/);
  expect(r.stderr).toMatch(/5 documents \(4 not in index\.json, 1 skipped\), 143 tasks/);
  expect(r.status).toBe(0);
  const docs = (JSON.parse(readFileSync(out, 'utf8')) as { documents: ExtractedDocument[] }).documents;
  // The listed document comes out exactly as in the shipped atlas.
  expect(docs[0]).toEqual(shipped.find((d) => d.document.id === 'national-2022-key-tasks'));
  const rest = docs.slice(1).map((d) => ({ file: d.document.file, tasks: d.tasks.length, encoding: d.document.encoding, region: d.document.region?.code ?? null, title: d.document.title }));
  // In file-name order (code points), so a rerun gives the same file.
  expect(rest).toEqual([
    { file: 'read/县城实施方案.docx.txt', tasks: 38, encoding: 'docx', region: null, title: '推进以县城为重要载体的城镇化建设实施方案' },
    { file: 'read/洋县工作要点.htm.txt', tasks: 20, encoding: 'gb18030', region: '610723', title: '洋县2023年推动新型城镇化高质量发展工作要点' },
    { file: '浙江工作要点.txt', tasks: 32, encoding: 'utf-8', region: '330000', title: '2023年浙江省新型城镇化和城乡融合发展工作要点' },
    { file: 'read/陕西重点任务.pdf.txt', tasks: 25, encoding: 'pdf', region: '610000', title: '2023年陕西省推动新型城镇化高质量发展重点工作任务' },
  ]);
  for (const d of docs.slice(1)) {
    expect(d.document.id).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(d.tasks[0]!.id).toBe(`${d.document.id}/1`);
    // The text the spans count in is on disk, UTF-8, for the source view.
    const text = readFileSync(join(dir, d.document.file!), 'utf8');
    expect(text.slice(d.tasks[0]!.span[0], d.tasks[0]!.span[1]).replace(/\s/g, '')).toContain(d.tasks[0]!.title.replace(/\s/g, '').slice(0, 6));
  }
  expect(existsSync(join(dir, 'read', '浙江工作要点.txt.txt'))).toBe(false);
});
