/**
 * Command line for the cascade links.
 *   npm run --silent links -- <lower-file> <upper-file> [--explain] [--force]
 *       prints {"links": [{"lower": seq, "upper": seq, "score": 0..1, "evidence": [term, …]}]}: the tasks of the
 *       lower document that carry out tasks of the upper one, strongest first within each lower task. Term
 *       weights count the shipped documents too. --explain adds a sentence on each link ("why": {zh, en});
 *       --force links the two even when the upper document's region does not contain the lower's (or is later).
 *   npm run links -- --all   rewrites data/links.json from data/sources/
 * Bad input exits with status 1 and a one-line reason on stderr.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { explainLink } from '../src/cascade/explain.ts';
import { linkDocuments } from '../src/cascade/link.ts';
import type { SourceDocument } from '../src/domain/document.ts';
import type { ExtractedDocument } from '../src/domain/task.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import { ExtractError } from '../src/extract/extract-error.ts';
import type { Gazetteer } from '../src/extract/gazetteer.ts';
import { loadGazetteer } from './gazetteer/load.ts';
import { writeLinksJson } from './links-json.ts';

const SOURCES = join(import.meta.dirname, 'sources');
const USAGE = 'usage: npm run --silent links -- <lower-file> <upper-file> [--explain] [--force] | --all\n';

function sources(): SourceDocument[] {
  return (JSON.parse(readFileSync(join(SOURCES, 'index.json'), 'utf8')) as { documents: SourceDocument[] }).documents;
}

function read(path: string): Buffer {
  try {
    return readFileSync(resolve(path));
  } catch (err) {
    throw new ExtractError('empty', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

/** A file as `npm run extract` reads it, under the given id when it is not a shipped document. */
function extractFile(path: string, fallbackId: string, shipped: ExtractedDocument[], gazetteer: Gazetteer): ExtractedDocument {
  const bytes = read(path);
  const meta = sources().find((s) => s.file === basename(path) && readFileSync(join(SOURCES, s.file)).equals(bytes));
  const known = meta && shipped.find((d) => d.document.id === meta.id);
  return known ?? extractDocument(bytes, { gazetteer, meta: { id: fallbackId } });
}

function main(args: string[]): number {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const files = args.filter((a) => !a.startsWith('--'));
  const gazetteer = loadGazetteer();
  const shipped = sources().map((meta) => extractDocument(readFileSync(join(SOURCES, meta.file)), { gazetteer, meta }));
  if (flags.has('--all') && files.length === 0) {
    const n = writeLinksJson(shipped);
    process.stderr.write(`data/links.json: ${n} links between ${shipped.length} documents\n`);
    return 0;
  }
  if (files.length !== 2 || [...flags].some((f) => f !== '--explain' && f !== '--force')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const lower = extractFile(files[0]!, 'lower', shipped, gazetteer);
  let upper = extractFile(files[1]!, 'upper', shipped, gazetteer);
  if (upper === lower) upper = { ...upper, document: { ...upper.document, id: `${upper.document.id}-upper` } };
  const links = linkDocuments([lower, upper], {
    background: shipped,
    uppers: flags.has('--force') ? (k) => (k === 0 ? [1] : []) : undefined,
  }).filter((k) => k.lower.startsWith(`${lower.document.id}/`));
  if (links.length === 0 && !flags.has('--force')) {
    process.stderr.write('no links: the upper document must be of a region containing the lower one\'s and not of a later year (--force to link anyway)\n');
  }
  const seq = (id: string) => Number(id.slice(id.lastIndexOf('/') + 1));
  const out = links.map((k) => ({
    lower: seq(k.lower),
    upper: seq(k.upper),
    score: k.score,
    evidence: [...k.evidence.terms, ...k.evidence.titles.map((t) => `《${t}》`)],
    ...(flags.has('--explain') ? { why: explainLink(k) } : {}),
  }));
  process.stdout.write(`${JSON.stringify({ links: out }, null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof ExtractError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exitCode = 1;
}
