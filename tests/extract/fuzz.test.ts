import { expect, test } from 'vitest';
import type { ExtractedDocument, Task } from '../../src/domain/task.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { ExtractError } from '../../src/extract/extract-error.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { rng } from '../../bench/generate-corpus.ts';
import { source, sourceIndex } from './fixtures.ts';

const gazetteer = loadGazetteer();
const MUTATIONS_PER_DOCUMENT = 400;
const enc = new TextEncoder();

interface Mutation {
  kind: string;
  bytes: Uint8Array;
  /** Character ranges of the original text that the mutation touched; null: every line break, no words. */
  touched: Array<[number, number]> | null;
}

/** One seeded mutation of a document: cuts, repeats, random bytes, bracket runs, a very long line, lost breaks. */
function mutate(text: string, rand: () => number): Mutation {
  const n = text.length;
  const at = () => Math.floor(rand() * n);
  const span = (max: number): [number, number] => {
    const s = at();
    return [s, Math.min(n, s + 1 + Math.floor(rand() * max))];
  };
  const kind = ['cut', 'repeat', 'bytes', 'brackets', 'long-line', 'lost-breaks', 'nul', 'truncate'][Math.floor(rand() * 8)]!;
  switch (kind) {
    case 'cut': {
      const [s, e] = span(n * 0.05);
      return { kind, bytes: enc.encode(text.slice(0, s) + text.slice(e)), touched: [[s, e]] };
    }
    case 'repeat': {
      const [s, e] = span(n * 0.05);
      return { kind, bytes: enc.encode(text.slice(0, e) + text.slice(s, e) + text.slice(e)), touched: [[e, e]] };
    }
    case 'brackets': {
      const s = at();
      const run = ['（', '(', '）', ')', '【', '《'][Math.floor(rand() * 6)]!.repeat(1 + Math.floor(rand() * 300));
      return { kind, bytes: enc.encode(text.slice(0, s) + run + text.slice(s)), touched: [[s, s]] };
    }
    case 'long-line': {
      const s = at();
      const filler = ['推进', 'x', '1', '、', '。'][Math.floor(rand() * 5)]!.repeat(5000 + Math.floor(rand() * 20000));
      return { kind, bytes: enc.encode(text.slice(0, s) + filler + text.slice(s)), touched: [[s, s]] };
    }
    case 'lost-breaks': {
      const all = rand() < 0.5;
      return { kind, bytes: enc.encode(text.replace(/\n/g, () => (all || rand() < 0.5 ? '' : '\n'))), touched: null };
    }
    case 'truncate': {
      const s = Math.floor(n * (0.9 + rand() * 0.1));
      return { kind, bytes: enc.encode(text.slice(0, s)), touched: [[s, n]] };
    }
    default: {
      // A few random bytes (or NULs) written over the UTF-8; each may break the character it lands in.
      const bytes = enc.encode(text);
      const touched: Array<[number, number]> = [];
      const count = kind === 'nul' ? 1 + Math.floor(rand() * 3) : 1 + Math.floor(rand() * 8);
      for (let k = 0; k < count; k++) {
        const i = Math.floor(rand() * bytes.length);
        bytes[i] = kind === 'nul' ? 0 : Math.floor(rand() * 256);
        const c = new TextDecoder().decode(bytes.subarray(0, i)).length;
        touched.push([Math.max(0, c - 2), c + 2]);
      }
      return { kind, bytes, touched };
    }
  }
}

const sameTask = (a: Task, b: Task) => a.label === b.label && a.title === b.title && a.departments.join() === b.departments.join();

test(`fuzz: ${MUTATIONS_PER_DOCUMENT * 5} seeded mutations of the shipped documents extract or fail clearly, in time`, { timeout: 120_000 }, () => {
  const rand = rng(20261201);
  const byKind = new Map<string, { runs: number; refused: number }>();
  let intact = 0;
  let found = 0;
  let slowest = 0;
  for (const { id } of sourceIndex()) {
    const { text, meta } = source(id);
    const reference = extractDocument(text, { gazetteer, meta });
    for (let k = 0; k < MUTATIONS_PER_DOCUMENT; k++) {
      const m = mutate(text, rand);
      const stat = byKind.get(m.kind) ?? { runs: 0, refused: 0 };
      stat.runs++;
      byKind.set(m.kind, stat);
      let doc: ExtractedDocument | null = null;
      const t0 = performance.now();
      try {
        doc = extractDocument(m.bytes, { gazetteer, meta });
      } catch (err) {
        // Any failure is a clear ExtractError with a one-line message, never a crash.
        expect(err).toBeInstanceOf(ExtractError);
        expect((err as Error).message).not.toContain('\n');
        stat.refused++;
      }
      slowest = Math.max(slowest, performance.now() - t0);
      // Tasks the mutation did not touch must still be there, as they were.
      const untouched = reference.tasks.filter((t) => !m.touched?.some(([s, e]) => s < t.span[1] && e >= t.span[0]));
      intact += untouched.length;
      if (doc) found += untouched.filter((t) => doc.tasks.some((x) => sameTask(x, t))).length;
    }
  }
  const share = found / intact;
  const summary = [...byKind].map(([kind, s]) => `${kind} ${s.runs - s.refused}/${s.runs}`).join(', ');
  console.log(`fuzz: extracted ${summary}; intact tasks still extracted ${found}/${intact} = ${(share * 100).toFixed(1)}%; slowest ${slowest.toFixed(0)} ms`);
  // Only a cut or a truncation can take the numbering away; nothing else is refused.
  for (const [kind, s] of byKind) if (kind !== 'cut' && kind !== 'truncate') expect([kind, s.refused]).toEqual([kind, 0]);
  expect(share).toBeGreaterThan(0.97);
  // A hang, not a slow moment on a shared machine: the quadratic cases this test has found took seconds.
  expect(slowest).toBeLessThan(5000);
});

test('a very long line costs time in proportion to its length, whatever it is made of', { timeout: 60_000 }, () => {
  const { text, meta } = source('shaanxi-2023-key-tasks');
  const at = text.indexOf('（三）');
  const time = (filler: string, n: number) => {
    const input = text.slice(0, at) + filler.repeat(n) + text.slice(at);
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      extractDocument(input, { gazetteer, meta });
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  for (const filler of ['1', '推进', '（', '、', 'x', '。', '1.']) {
    // Ten times the line: at most a few times the time (the document around it stays), never a hundred.
    const ratio = time(filler, 40_000) / time(filler, 4_000);
    expect([filler, ratio < 20]).toEqual([filler, true]);
  }
});
