import { describe, expect, test } from 'vitest';
import { at, extractShipped, sourceIndex } from './fixtures.ts';

describe.each(sourceIndex().map((d) => d.id))('%s: no text of the numbered body is lost', (id) => {
  const { doc, text } = extractShipped(id);

  test('every character from the first section to the last task is in a heading, an intro or a task', () => {
    const covered = new Uint8Array(text.length);
    const mark = ([s, e]: readonly [number, number]) => covered.fill(1, s, e);
    for (const s of doc.sections) {
      mark(s.span);
      if (s.intro) mark(s.intro);
    }
    for (const t of doc.tasks) mark(t.span);
    // Scraping markers between words are noise, not text: a span may end before a trailing "@@".
    for (const m of text.matchAll(/@@/g)) covered.fill(1, m.index, m.index + 2);
    const start = Math.min(doc.sections[0]?.span[0] ?? Infinity, doc.tasks[0]!.span[0]);
    const end = doc.tasks.at(-1)!.span[1];
    const lost: string[] = [];
    for (let i = start; i < end; i++) if (!covered[i] && !/\s/.test(text[i]!)) lost.push(text[i]!);
    expect(lost.join('')).toBe('');
  });

  test('tasks are in order and do not overlap', () => {
    for (let k = 1; k < doc.tasks.length; k++) expect(doc.tasks[k]!.span[0]).toBeGreaterThanOrEqual(doc.tasks[k - 1]!.span[1]);
  });

  test('each task span reads back as its text once scraping marks are removed', () => {
    for (const t of doc.tasks) expect(at(text, t.span).replace(/@@|\*\*|乐动安卓app /g, '')).toBe(t.text);
  });

  test('each target span reads back as its clause', () => {
    for (const t of doc.tasks) for (const g of t.targets) expect(at(text, g.span).replace(/@@/g, '')).toBe(g.text);
  });

  test('ids are stable and unique', () => {
    expect(new Set(doc.tasks.map((t) => t.id)).size).toBe(doc.tasks.length);
    expect(doc.tasks[0]!.id).toBe(`${id}/1`);
  });

  test('every task has one to three categories from the fixed list', () => {
    for (const t of doc.tasks) {
      expect(t.categories.length).toBeGreaterThanOrEqual(1);
      expect(t.categories.length).toBeLessThanOrEqual(3);
    }
  });
});
