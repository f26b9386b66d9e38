import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LinksFile } from '../../data/links-json.ts';
import { LINKS_JSON } from '../../data/links-json.ts';
import { SOURCES_DIR } from '../extract/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const YANGXIAN = join(SOURCES_DIR, '002_76b282747b41bc33.txt');
const SHAANXI = join(SOURCES_DIR, '000_6c4d0e8adacfd278.txt');

/** Runs `npm run --silent links -- <args>` the way a user would (tsx, from the project root). */
function links(...args: string[]) {
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'data', 'links.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run links -- <lower-file> <upper-file>', { timeout: 60_000 }, () => {
  test('prints the links of data/links.json between the two, by task seq, evidence as terms', () => {
    const r = links(YANGXIAN, SHAANXI);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { links: Array<{ lower: number; upper: number; score: number; evidence: string[] }> };
    const shipped = (JSON.parse(readFileSync(LINKS_JSON, 'utf8')) as LinksFile).links.filter(
      (k) => k.lower.startsWith('yangxian-2023-work-points/') && k.upper.startsWith('shaanxi-2023-key-tasks/'),
    );
    expect(out.links).toEqual(
      shipped.map((k) => ({ lower: Number(k.lower.split('/')[1]), upper: Number(k.upper.split('/')[1]), score: k.score, evidence: k.evidence.terms })),
    );
    expect(out.links.find((k) => k.lower === 5)).toMatchObject({ upper: 9, evidence: expect.arrayContaining(['补短板强弱项']) });
  });

  test('the other way round there is nothing to carry out, and it says why', () => {
    const r = links(SHAANXI, YANGXIAN);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ links: [] });
    expect(r.stderr).toMatch(/region containing/);
  });

  test('--explain adds a sentence to each link', () => {
    const out = JSON.parse(links(YANGXIAN, SHAANXI, '--explain').stdout);
    expect(out.links[0].why.zh).toMatch(/^都写到/);
    expect(out.links[0].why.en).toMatch(/^Both name/);
  });

  test('bad use exits 2 with the usage; an unreadable file exits 1 with a reason', () => {
    expect(links(YANGXIAN).status).toBe(2);
    expect(links(YANGXIAN, SHAANXI, '--bogus').status).toBe(2);
    const r = links(YANGXIAN, join(SOURCES_DIR, 'missing.txt'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*missing\.txt: ENOENT/);
  });
});
