import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../src/domain/document.ts';
import type { ExtractedDocument, Task } from '../../src/domain/task.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';

export const SOURCES_DIR = join(import.meta.dirname, '..', '..', 'data', 'sources');

export function sourceIndex(): SourceDocument[] {
  return (JSON.parse(readFileSync(join(SOURCES_DIR, 'index.json'), 'utf8')) as { documents: SourceDocument[] }).documents;
}

export function source(id: string): { meta: SourceDocument; bytes: Buffer; text: string } {
  const meta = sourceIndex().find((d) => d.id === id);
  if (!meta) throw new Error(`no source ${id}`);
  const bytes = readFileSync(join(SOURCES_DIR, meta.file));
  return { meta, bytes, text: bytes.toString('utf8') };
}

/** A shipped document, extracted the way `npm run extract -- --all` does. */
export function extractShipped(id: string): { doc: ExtractedDocument; text: string } {
  const { meta, bytes, text } = source(id);
  return { doc: extractDocument(bytes, { gazetteer: loadGazetteer(), meta }), text };
}

export function task(doc: ExtractedDocument, label: string): Task {
  const t = doc.tasks.find((x) => x.label === label);
  if (!t) throw new Error(`no task ${label}`);
  return t;
}

/** The original text a span points at. */
export function at(text: string, span: readonly [number, number]): string {
  return text.slice(span[0], span[1]);
}

/**
 * The text as a GBK-encoded copy of the page would hold it: GBK has no no-break or en spaces (U+00A0, U+2002),
 * so such a copy has plain spaces there.
 */
export function gbkSafe(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ');
}

export const placeNames = (t: Task) => t.places.map((p) => p.name);

/** What a reader cares about, independent of offsets, encoding and packaging. */
export function essence(doc: ExtractedDocument) {
  return {
    tasks: doc.tasks.map((t) => ({
      label: t.label,
      title: t.title,
      departments: t.departments,
      roles: t.roles,
      targets: t.targets.map((x) => [x.value, x.unit, x.deadline]),
      places: t.places.map((p) => p.code ?? p.regionId),
      items: t.items?.map((i) => [i.label, i.departments, i.targets.length]),
    })),
    framing: doc.framing?.map((f) => [f.label, f.kind, f.title, f.targets.map((x) => [x.value, x.unit, x.deadline])]),
  };
}

/** The text as a web page saved whole: paragraphs in <p>, with navigation, a script, a page title and entities. */
export function asHtml(text: string): string {
  const paragraphs = text.split('\n').filter((l) => l.trim()).map((l) => `<p style="text-indent:2em">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>（一）通知 - 门户网站</title><style>p{margin:0}</style>',
    '<script>var nav = "（一）不是任务";</script></head><body>',
    '<div class="nav"><a href="/">首页</a> | <a href="/xxgk">政府信息公开</a></div>',
    ...paragraphs,
    '<div class="footer">版权所有&nbsp;&copy; 主办单位</div></body></html>',
  ].join('\n');
}
