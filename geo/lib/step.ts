import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const GEO_DIR = resolve(import.meta.dirname, '..');
export const ROOT = resolve(GEO_DIR, '..');
export const BUILD_DIR = join(GEO_DIR, 'build');
const STAMP_DIR = join(BUILD_DIR, 'stamps');

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function fileHash(path: string): string {
  return existsSync(path) ? sha256(readFileSync(path)) : 'missing';
}

/** Every .ts file under geo/lib, plus src/ modules the build imports: code is an input too. */
export function buildCode(...extra: string[]): string[] {
  const lib = join(GEO_DIR, 'lib');
  return [...readdirSync(lib).filter((f) => f.endsWith('.ts')).map((f) => join(lib, f)), ...extra];
}

export interface Step {
  name: string;
  /** Files whose content decides the outputs (data, code, upstream outputs). */
  inputs: string[];
  outputs: string[];
  run: () => void | Promise<void>;
}

/**
 * Runs a step only when it is stale: when the hash of its inputs changed since the last run, or an
 * output is missing or was edited. Outputs therefore only change when inputs do (us-atlas `prepublish`
 * re-downloads only missing files; this does the same for every stage).
 */
export async function runStep(step: Step): Promise<'ran' | 'fresh'> {
  const key = sha256(step.inputs.map((p) => `${relative(ROOT, p)}:${fileHash(p)}`).join('\n'));
  const stampPath = join(STAMP_DIR, `${step.name}.json`);
  if (existsSync(stampPath)) {
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as { key: string; outputs: Record<string, string> };
    const same = stamp.key === key && step.outputs.every((p) => stamp.outputs[relative(ROOT, p)] === fileHash(p));
    if (same) return 'fresh';
  }
  await step.run();
  const outputs: Record<string, string> = {};
  for (const p of step.outputs) {
    const h = fileHash(p);
    if (h === 'missing') throw new Error(`${step.name}: did not write ${relative(ROOT, p)}`);
    outputs[relative(ROOT, p)] = h;
  }
  mkdirSync(STAMP_DIR, { recursive: true });
  writeFileSync(stampPath, JSON.stringify({ key, outputs }, null, 2));
  return 'ran';
}

/** Writes a file only when its content changes, so untouched outputs keep their mtime and git stays quiet. */
export function writeIfChanged(path: string, content: string | Buffer): boolean {
  if (existsSync(path) && readFileSync(path).equals(Buffer.from(content))) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return true;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
