import { describe, expect, test } from 'vitest';
import { lineAt, parseSource, sourceFiles, walk } from './source-files.ts';

/** Small modules with one job: a file past these sizes has more than one, and is split (STYLE.md). */
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 100;

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

describe('size of src/ modules', () => {
  const files = sourceFiles();

  test(`no file is over ${MAX_FILE_LINES} lines`, () => {
    const long = files
      .map((file) => ({ file, lines: parseSource(file).text.split('\n').length }))
      .filter((f) => f.lines > MAX_FILE_LINES)
      .map((f) => `${f.file}: ${f.lines}`);
    expect(long).toEqual([]);
  });

  test(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
    const long: string[] = [];
    for (const file of files) {
      const { program, text } = parseSource(file);
      walk(program, (n) => {
        if (!FUNCTIONS.has(n.type)) return;
        const from = lineAt(text, n.start);
        const lines = lineAt(text, n.end) - from + 1;
        if (lines > MAX_FUNCTION_LINES) long.push(`${file}:${from}: ${lines} lines`);
      });
    }
    expect(long).toEqual([]);
  });
});
