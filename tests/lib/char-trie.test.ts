import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CharTrie } from '../../src/lib/char-trie.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = join(ROOT, 'data', 'sources');
const texts = readdirSync(SOURCES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SOURCES, f), 'utf8'));
// The words of a real gazetteer: every division's official name and its name without the last character (富平县 →
// 富平, 陕西省 → 陕西), so that words nest and share prefixes as place names do; some repeat (两个 新城区).
const units = (JSON.parse(readFileSync(join(ROOT, 'data', 'gazetteer', 'divisions.json'), 'utf8')) as { units: [string, string][] }).units;
const words = units.flatMap(([code, name]) => [[name, code] as const, ...(name.length > 2 ? [[name.slice(0, -1), `${code}~`] as const] : [])]);

/** What the trie must answer, found the slow way: every word that starts at i, longest first, values in insertion order. */
function bruteMatches(byFirst: Map<string, Array<readonly [string, string]>>, text: string, i: number) {
  const lengths = new Map<number, string[]>();
  for (const [w, v] of byFirst.get(text[i]!) ?? []) if (text.startsWith(w, i)) lengths.set(w.length, [...(lengths.get(w.length) ?? []), v]);
  return [...lengths].sort((a, b) => b[0] - a[0]).map(([length, values]) => ({ length, values }));
}

describe('CharTrie on the gazetteer and the shipped documents', () => {
  const byFirst = new Map<string, Array<readonly [string, string]>>();
  for (const w of words) byFirst.set(w[0][0]!, [...(byFirst.get(w[0][0]!) ?? []), w]);

  for (const large of [true, false]) {
    it(`${large ? 'large' : 'small'} trie: matchesAt, nextWordAt and scan agree with a brute-force search at every position`, () => {
      const trie = new CharTrie<string>(large);
      for (const [w, v] of words) trie.add(w, v);
      expect(trie.count).toBe(words.length);
      let found = 0;
      for (const text of texts) {
        const scanned: string[] = [];
        trie.scan(text, (v, start, length) => scanned.push(`${start}:${length}:${v}`));
        const expected: string[] = [];
        let nextStart = text.length;
        for (let i = text.length - 1; i >= 0; i--) {
          if (bruteMatches(byFirst, text, i).length) nextStart = i;
          if (i % 7 === 0) expect(trie.nextWordAt(text, i), `next word from ${i}`).toBe(nextStart);
        }
        for (let i = 0; i < text.length; i++) {
          const want = bruteMatches(byFirst, text, i);
          expect(trie.matchesAt(text, i), `${text.slice(i, i + 8)} at ${i}`).toEqual(want);
          for (const m of [...want].reverse()) for (const v of m.values) expected.push(`${i}:${m.length}:${v}`);
          found += want.length;
        }
        expect(scanned).toEqual(expected);
      }
      // The documents do name places: the comparison was not of empty answers.
      expect(found).toBeGreaterThan(300);
    });
  }

  it('answers nothing for words it was not given, at the end of the text, and for the empty word', () => {
    const trie = new CharTrie<number>(false);
    trie.add('', 1);
    trie.add('西安', 2);
    trie.add('西安都市圈', 3);
    expect(trie.count).toBe(2);
    expect(trie.matchesAt('西安都市圈建设', 0)).toEqual([
      { length: 5, values: [3] },
      { length: 2, values: [2] },
    ]);
    expect(trie.matchesAt('西', 0)).toEqual([]);
    expect(trie.matchesAt('东西安', 0)).toEqual([]);
    expect(trie.matchesAt('东西安', 1)).toEqual([{ length: 2, values: [2] }]);
  });
});
