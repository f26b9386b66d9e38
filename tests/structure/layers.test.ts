import { posix } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importsOf, sourceFiles } from './source-files.ts';

/**
 * The layers of src/, low to high, as the README's layout table lists them. A module imports only from its own
 * layer or lower ones, so the pure libraries never depend on the store, the map or the page.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['domain', 'lib', 'i18n'],
  ['extract', 'regions', 'geo', 'joins', 'charts', 'io', 'indicators', 'cascade', 'ingest'],
  ['view'],
  ['state', 'present'],
  ['map', 'embed'],
  ['export'],
  ['ui'],
  ['main.ts', 'extract-worker.ts'],
];

const layerOf = (top: string): number => LAYERS.findIndex((l) => l.includes(top));
/** The top folder of a path relative to src/ ('main.ts' for the entry). */
const topOf = (path: string): string => path.split('/')[0]!;

const files = sourceFiles();

describe('layers of src/', () => {
  test('every folder of src/ has a layer', () => {
    const unplaced = [...new Set(files.map(topOf))].filter((top) => layerOf(top) < 0);
    expect(unplaced).toEqual([]);
  });

  test('no import points up a layer', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = topOf(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = posix.normalize(posix.join(posix.dirname(file), spec));
        if (target.startsWith('..')) continue; // data/, outside src/
        const to = topOf(target);
        if (layerOf(to) > layerOf(from)) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  test('folders of one layer do not import each other both ways', () => {
    const edges = new Set<string>();
    for (const file of files) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = posix.normalize(posix.join(posix.dirname(file), spec));
        if (!target.startsWith('..') && topOf(target) !== topOf(file)) edges.add(`${topOf(file)} → ${topOf(target)}`);
      }
    }
    const cycles = [...edges].filter((e) => {
      const [a, b] = e.split(' → ');
      return a! < b! && edges.has(`${b} → ${a}`);
    });
    expect(cycles).toEqual([]);
  });

  test('the check sees imports at all: main.ts reaches the ui layer', () => {
    expect(importsOf('main.ts').some((s) => s.startsWith('./ui/'))).toBe(true);
  });
});
