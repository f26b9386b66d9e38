import { ListCounters, parseNumbering, type NumberingDefinitions, type NumberingRef } from './docx-numbering.ts';
import { parseStyles, styleNumberingResolver, type StyleDefinitions } from './docx-styles.ts';
import { IngestError } from './ingest-error.ts';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip-archive.ts';
import { attr, isOn, xmlEvents } from './xml-events.ts';

/**
 * A Word document's text: one line per paragraph, table rows as lines of tab-separated cells, and the automatic
 * numbering Word draws but does not store in the text (一、 （一） 1．) rebuilt from numbering.xml and styles.xml, so
 * the task labels survive. Deleted tracked changes, hidden text and the fallback copy of text boxes are left out.
 */
export function readDocx(bytes: Uint8Array): { text: string; warnings: string[] } {
  const entries = readZipDirectory(bytes);
  const part = (name: string | null): string | null => {
    const entry = name ? entries.get(name) : undefined;
    return entry ? decodeXml(readZipEntry(bytes, entry)) : null;
  };
  const main = relationTarget(part('_rels/.rels'), '', 'officeDocument') ?? 'word/document.xml';
  if (!entries.has(main)) throw notWord(entries);
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const rels = part(`${dir}_rels/${main.slice(dir.length)}.rels`);
  const numberingXml = part(relationTarget(rels, dir, 'numbering') ?? `${dir}numbering.xml`);
  const stylesXml = part(relationTarget(rels, dir, 'styles') ?? `${dir}styles.xml`);
  const numbering: NumberingDefinitions = numberingXml ? parseNumbering(numberingXml) : { abstracts: new Map(), instances: new Map() };
  const styles: StyleDefinitions = stylesXml ? parseStyles(stylesXml) : { styles: new Map(), defaultParagraphStyle: null };
  const text = documentText(part(main)!, numbering, styles);
  if (text.trim() === '') throw new IngestError('empty', '这个 Word 文档里没有文字。', 'This Word document holds no text.');
  return { text, warnings: numberingXml ? [] : ['no numbering.xml: list numbers, if any, are not rebuilt'] };
}

function notWord(entries: Map<string, ZipEntry>): IngestError {
  const names = [...entries.keys()];
  if (names.some((n) => n.startsWith('xl/'))) return new IngestError('not-a-document', '这是 Excel 表格，不是 Word 文档。', 'This is an Excel workbook, not a Word document.');
  if (names.some((n) => n.startsWith('ppt/'))) return new IngestError('not-a-document', '这是 PowerPoint 演示文稿，不是 Word 文档。', 'This is a PowerPoint presentation, not a Word document.');
  if (entries.has('mimetype') && entries.has('content.xml')) {
    return new IngestError('unsupported', '这是 OpenDocument（.odt 等）文件。请另存为 .docx 后再添加。', 'This is an OpenDocument file (.odt …). Save it as .docx and add it again.');
  }
  return new IngestError('not-a-document', '这是一个压缩包，不是 Word 文档。', 'This is a ZIP archive, not a Word document.');
}

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** The target of the first relationship of a type (…/officeDocument, …/numbering) in a .rels part, as a zip path. */
function relationTarget(rels: string | null, dir: string, type: string): string | null {
  if (!rels) return null;
  for (const e of xmlEvents(rels)) {
    if (e.kind !== 'open' || e.name !== 'Relationship') continue;
    if (!(attr(e.attrs, 'Type') ?? '').endsWith(`/${type}`)) continue;
    const target = attr(e.attrs, 'Target') ?? '';
    if (attr(e.attrs, 'TargetMode') === 'External') return null;
    return target.startsWith('/') ? target.slice(1) : normalizePath(dir + target);
  }
  return null;
}

function normalizePath(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Elements whose content is not the document's current text. */
const SKIPPED = new Set(['mc:Fallback', 'w:pPrChange', 'w:rPrChange', 'w:moveFrom', 'w:del', 'w:instrText', 'w:delText']);

interface Paragraph {
  text: string;
  numId: string | null;
  ilvl: number | null;
  style: string | null;
}

/** Where the walk through document.xml stands. */
interface Walk {
  /** Finished lines go to the last container: the body, or a table cell (whose lines join into its row). */
  containers: string[][];
  rows: string[][];
  /** Open paragraphs: a text box's paragraphs open inside another's. */
  paragraphs: Paragraph[];
  inPPr: number;
  inText: boolean;
  hidden: boolean;
}

function documentText(xml: string, numbering: NumberingDefinitions, styles: StyleDefinitions): string {
  const styleNumbering = styleNumberingResolver(styles, numbering);
  const counters = new ListCounters(numbering, styleNumbering);
  const walk: Walk = { containers: [[]], rows: [], paragraphs: [], inPPr: 0, inText: false, hidden: false };
  let skip: { name: string; depth: number } | null = null;
  for (const e of xmlEvents(xml)) {
    if (skip) {
      if (e.kind === 'open' && e.name === skip.name && !e.selfClosing) skip.depth++;
      if (e.kind === 'close' && e.name === skip.name && --skip.depth === 0) skip = null;
      continue;
    }
    const para = walk.paragraphs[walk.paragraphs.length - 1];
    if (e.kind === 'text') {
      if (walk.inText && para && !walk.hidden) para.text += e.text;
    } else if (e.kind === 'open' && SKIPPED.has(e.name)) {
      if (!e.selfClosing) skip = { name: e.name, depth: 1 };
    } else if (e.kind === 'open') {
      open(walk, para, e.name, e.attrs, e.selfClosing);
    } else {
      close(walk, e.name, (p) => {
        const ref = numberingOf(p, styles, styleNumbering);
        return (ref ? (counters.next(ref) ?? '') : '') + p.text;
      });
    }
  }
  return walk.containers[0]!.join('\n');
}

function open(walk: Walk, para: Paragraph | undefined, name: string, attrs: string, selfClosing: boolean): void {
  const inRun = para !== undefined && walk.inPPr === 0;
  switch (name) {
    case 'w:p':
      if (!selfClosing) walk.paragraphs.push({ text: '', numId: null, ilvl: null, style: null });
      break;
    case 'w:pPr':
      if (!selfClosing) walk.inPPr++;
      break;
    case 'w:pStyle':
      if (para && walk.inPPr) para.style = attr(attrs, 'w:val');
      break;
    case 'w:numId':
      if (para && walk.inPPr) para.numId = attr(attrs, 'w:val');
      break;
    case 'w:ilvl':
      if (para && walk.inPPr) para.ilvl = Number(attr(attrs, 'w:val') ?? 0);
      break;
    case 'w:r':
      walk.hidden = false;
      break;
    case 'w:vanish':
      if (!walk.inPPr) walk.hidden = isOn(attrs);
      break;
    case 'w:t':
      walk.inText = !selfClosing;
      break;
    case 'w:tab':
      if (inRun) para.text += '\t';
      break;
    case 'w:br':
      // A line break inside a paragraph; page and column breaks are layout.
      if (inRun && !/^(?:page|column)$/.test(attr(attrs, 'w:type') ?? '')) para.text += '\n';
      break;
    case 'w:cr':
      if (inRun) para.text += '\n';
      break;
    case 'w:noBreakHyphen':
      if (inRun) para.text += '-';
      break;
    case 'w:tr':
      walk.rows.push([]);
      break;
    case 'w:tc':
      walk.containers.push([]);
      break;
  }
}

function close(walk: Walk, name: string, lineOf: (p: Paragraph) => string): void {
  const target = () => walk.containers[walk.containers.length - 1]!;
  switch (name) {
    case 'w:pPr':
      walk.inPPr = Math.max(0, walk.inPPr - 1);
      break;
    case 'w:t':
      walk.inText = false;
      break;
    case 'w:p': {
      const p = walk.paragraphs.pop();
      // The counter moves on for every numbered paragraph, empty ones too, as Word counts them.
      const line = p ? lineOf(p) : '';
      if (line.trim() !== '') target().push(line);
      break;
    }
    case 'w:tc': {
      if (walk.containers.length < 2) break;
      const cell = walk.containers.pop()!.join(' ');
      const row = walk.rows[walk.rows.length - 1];
      if (row) row.push(cell);
      else target().push(cell);
      break;
    }
    case 'w:tr': {
      const cells = walk.rows.pop();
      if (cells?.some((c) => c.trim() !== '')) target().push(cells.join('\t'));
      break;
    }
  }
}

function numberingOf(p: Paragraph, styles: StyleDefinitions, styleNumbering: (id: string) => NumberingRef | null): NumberingRef | null {
  const fromStyle = styleNumbering(p.style ?? styles.defaultParagraphStyle ?? '');
  const numId = p.numId ?? fromStyle?.numId ?? null;
  if (numId === null) return null;
  return { numId, ilvl: p.ilvl ?? fromStyle?.ilvl ?? 0 };
}
