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

function documentText(xml: string, numbering: NumberingDefinitions, styles: StyleDefinitions): string {
  const styleNumbering = styleNumberingResolver(styles, numbering);
  const counters = new ListCounters(numbering, styleNumbering);
  // Containers receive finished lines: the body, or a table cell (whose lines join into its row).
  const containers: string[][] = [[]];
  const rows: string[][] = [];
  const paragraphs: Paragraph[] = [];
  let skip: { name: string; depth: number } | null = null;
  let inPPr = 0;
  let inText = false;
  let hidden = false;

  for (const e of xmlEvents(xml)) {
    if (skip) {
      if (e.kind === 'open' && e.name === skip.name && !e.selfClosing) skip.depth++;
      if (e.kind === 'close' && e.name === skip.name && --skip.depth === 0) skip = null;
      continue;
    }
    const para = paragraphs[paragraphs.length - 1];
    if (e.kind === 'text') {
      if (inText && para && !hidden) para.text += e.text;
      continue;
    }
    if (e.kind === 'open') {
      if (SKIPPED.has(e.name)) {
        if (!e.selfClosing) skip = { name: e.name, depth: 1 };
        continue;
      }
      switch (e.name) {
        case 'w:p':
          if (!e.selfClosing) paragraphs.push({ text: '', numId: null, ilvl: null, style: null });
          break;
        case 'w:pPr':
          if (!e.selfClosing) inPPr++;
          break;
        case 'w:pStyle':
          if (para && inPPr) para.style = attr(e.attrs, 'w:val');
          break;
        case 'w:numId':
          if (para && inPPr) para.numId = attr(e.attrs, 'w:val');
          break;
        case 'w:ilvl':
          if (para && inPPr) para.ilvl = Number(attr(e.attrs, 'w:val') ?? 0);
          break;
        case 'w:r':
          hidden = false;
          break;
        case 'w:vanish':
          if (!inPPr) hidden = isOn(e.attrs);
          break;
        case 'w:t':
          inText = !e.selfClosing;
          break;
        case 'w:tab':
          if (para && !inPPr) para.text += '\t';
          break;
        case 'w:br':
          if (para && !inPPr && !/^(?:page|column)$/.test(attr(e.attrs, 'w:type') ?? '')) para.text += '\n';
          break;
        case 'w:cr':
          if (para) para.text += '\n';
          break;
        case 'w:noBreakHyphen':
          if (para) para.text += '-';
          break;
        case 'w:tr':
          rows.push([]);
          break;
        case 'w:tc':
          containers.push([]);
          break;
      }
      continue;
    }
    switch (e.name) {
      case 'w:pPr':
        inPPr = Math.max(0, inPPr - 1);
        break;
      case 'w:t':
        inText = false;
        break;
      case 'w:p': {
        const p = paragraphs.pop();
        if (!p) break;
        const ref = numberingOf(p, styles, styleNumbering);
        const label = ref ? counters.next(ref) : null;
        const line = (label ?? '') + p.text;
        if (line.trim() !== '') containers[containers.length - 1]!.push(line);
        break;
      }
      case 'w:tc': {
        if (containers.length < 2) break;
        const cell = containers.pop()!.join(' ');
        const row = rows[rows.length - 1];
        if (row) row.push(cell);
        else containers[containers.length - 1]!.push(cell);
        break;
      }
      case 'w:tr': {
        const cells = rows.pop();
        if (cells?.some((c) => c.trim() !== '')) containers[containers.length - 1]!.push(cells.join('\t'));
        break;
      }
    }
  }
  return containers[0]!.join('\n');
}

function numberingOf(p: Paragraph, styles: StyleDefinitions, styleNumbering: (id: string) => NumberingRef | null): NumberingRef | null {
  const fromStyle = styleNumbering(p.style ?? styles.defaultParagraphStyle ?? '');
  const numId = p.numId ?? fromStyle?.numId ?? null;
  if (numId === null) return null;
  return { numId, ilvl: p.ilvl ?? fromStyle?.ilvl ?? 0 };
}
