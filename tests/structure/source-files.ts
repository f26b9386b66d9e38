import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'vite';

export const SRC = join(import.meta.dirname, '../../src');

/** Every TypeScript file under src/, as a path relative to src/ with / separators. */
export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

export function readSource(file: string): string {
  return readFileSync(join(SRC, file), 'utf8');
}

interface Node {
  type: string;
  start: number;
  end: number;
  [k: string]: unknown;
}

/** The module's syntax tree (oxc, as Vite parses TypeScript); a file that does not parse fails the caller's test. */
export function parseSource(file: string): { program: Node; text: string } {
  const text = readSource(file);
  const r = parseSync(file, text);
  if (r.errors.length) throw new Error(`${file} does not parse: ${r.errors[0]!.message}`);
  return { program: r.program as unknown as Node, text };
}

/** Calls `visit` on every node of the tree, depth first. */
export function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) {
    for (const x of node) walk(x, visit);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const n = node as Node;
  if (typeof n.type === 'string') visit(n);
  for (const k in n) if (k !== 'type' && typeof n[k] === 'object') walk(n[k], visit);
}

/** The module specifiers a file imports: static imports, re-exports and `import('…')` with a literal. */
export function importsOf(file: string): string[] {
  const { program } = parseSource(file);
  const out: string[] = [];
  walk(program, (n) => {
    if (n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ImportExpression') {
      const source = n.source as { type?: string; value?: unknown } | null | undefined;
      if (source && typeof source.value === 'string') out.push(source.value);
    }
  });
  return out;
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
