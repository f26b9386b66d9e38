import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { SOURCES_DIR, gbkSafe, source } from './fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'task-atlas-cli-'));

/** Runs `npm run --silent extract -- <arg>` the way a user would (tsx, from the project root). */
function extract(...args: string[]) {
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'data', 'extract.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run extract -- <file>', { timeout: 30_000 }, () => {
  test('a shipped document prints its extraction as JSON, with its catalogued facts', () => {
    const r = extract(join(SOURCES_DIR, '000_6c4d0e8adacfd278.txt'));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.tasks).toHaveLength(25);
    expect(out.document).toMatchObject({ id: 'shaanxi-2023-key-tasks', issuer: '陕西省发展和改革委员会' });
    // The fields added for documents of other layouts: framing, and roles and items on every task.
    expect(out.framing).toEqual([]);
    expect(out.tasks[0]).toMatchObject({ departments: ['省公安厅', '各设区市人民政府', '杨凌示范区管委会'], roles: ['resp', 'resp', 'resp'], items: [] });
  });

  test('a damaged file is read, and the damage reported', () => {
    const bytes = Buffer.from(source('zhejiang-2023-work-points').text, 'utf8');
    bytes[bytes.indexOf(0x0a, 6000)] = 0;
    const r = extract(file('zj-damaged.txt', bytes));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.tasks).toHaveLength(32);
    expect(out.document.decodeDamage).toMatchObject({ replaced: 1, spans: [[expect.any(Number), expect.any(Number)]] });
  });

  test('any other file, here GBK-encoded, is described from its own text', () => {
    const r = extract(file('zj-gbk.txt', iconv.encode(gbkSafe(source('zhejiang-2023-work-points').text), 'gbk')));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.document).toMatchObject({ id: null, encoding: 'gb18030', docNumber: '浙发改城镇函〔2023〕388号', level: 'province' });
    expect(out.tasks).toHaveLength(32);
  });

  test.each([
    ['an empty file', () => file('empty.txt', ''), /empty/],
    ['a binary file', () => file('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), /binary/],
    ['text without tasks', () => file('note.txt', '会议通知\n请各单位准时参加。\n'), /no numbered tasks/],
    ['a missing file', () => join(dir, 'missing.txt'), /cannot read .*ENOENT/],
  ])('%s exits 1 with one line on stderr and nothing on stdout', (_, make, reason) => {
    const r = extract(make());
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
  });

  test('no argument prints usage and exits 2', () => {
    const r = extract();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
