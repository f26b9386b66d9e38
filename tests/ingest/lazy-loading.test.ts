import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** Modules reachable from a file through static imports (not `import type`, not `import()`, not `new URL()`). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.ts')) return;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) {
        const path = resolve(dirname(file), spec.replace(/\?.*$/, ''));
        if (existsSync(path)) visit(path);
      } else {
        seen.add(`pkg:${spec}`);
      }
    }
  };
  visit(entry);
  return seen;
}

test('the app\'s boot path does not load the ingest code (pdf.js, fflate, the Word and PDF readers)', () => {
  const boot = staticGraph(join(SRC, 'main.ts'));
  expect(boot.size).toBeGreaterThan(20);
  const ingest = [...boot].filter((m) => m.includes(`${join(SRC, 'ingest')}/`) || /^pkg:(?:pdfjs-dist|fflate)/.test(m));
  expect(ingest).toEqual([]);
});

test('the worker client loads nothing of the ingest code until a job starts', () => {
  const client = staticGraph(join(SRC, 'io', 'extract-in-worker.ts'));
  expect([...client].filter((m) => /^pkg:|\/ingest\/(?!worker-protocol)/.test(m))).toEqual([]);
  // The worker itself loads pdf.js only for a PDF.
  const worker = staticGraph(join(SRC, 'extract-worker.ts'));
  expect(worker.has(join(SRC, 'ingest', 'read-docx.ts'))).toBe(true);
  expect([...worker].filter((m) => m.startsWith('pkg:pdfjs-dist') || m.endsWith('read-pdf.ts') || m.endsWith('pdf-browser.ts'))).toEqual([]);
});
