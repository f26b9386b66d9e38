import type { SourceDocument } from '../domain/document.ts';
import type { DecodeDamage, ExtractedDocument, FramingItem, Section, Task } from '../domain/task.ts';
import { categorize } from './categories.ts';
import { cleanText } from './clean-text.ts';
import { decodeDocument } from './decode.ts';
import { resolveDepartmentNote, type DepartmentOptions } from './departments.ts';
import { ExtractError } from './extract-error.ts';
import { framingKind } from './framing.ts';
import type { Gazetteer } from './gazetteer.ts';
import { inferMetadata } from './metadata.ts';
import { framingPreface, framingSections } from './read-framing.ts';
import { blockNotes, readBlock, type ReadContext } from './read-task.ts';
import { findStructure } from './structure.ts';

export interface ExtractOptions {
  gazetteer: Gazetteer;
  /** What is known of the document (data/sources/index.json); it wins over what the front matter suggests. */
  meta?: Partial<SourceDocument>;
}

/**
 * Reads one document: bytes or text in, sections, tasks (with departments and their roles, targets, deadlines,
 * places, categories and sub-items) and framing items out. Spans are offsets into the decoded text (without a
 * BOM). Damaged bytes are replaced and reported (`document.decodeDamage`); throws ExtractError only when the
 * input is empty, binary, undecodable or holds no numbered items.
 */
export function extractDocument(input: string | Uint8Array, opts: ExtractOptions): ExtractedDocument {
  const decoded: { text: string; encoding: string; damage?: DecodeDamage } =
    typeof input === 'string' ? { text: input.replace(/^\ufeff/, ''), encoding: 'utf-16' } : decodeDocument(input);
  if (decoded.text.trim() === '') throw new ExtractError('empty', 'the document holds no text');
  const cleaned = cleanText(decoded.text);
  const structure = findStructure(cleaned.text);
  if (structure.tasks.length === 0) {
    throw new ExtractError('no-tasks', 'no numbered tasks found (looked for （一）, (一), 1． and 一、 numbering)');
  }

  const inferred = inferMetadata(structure.paragraphs, opts.gazetteer);
  const meta = opts.meta ?? {};
  const year = meta.year ?? inferred.year;
  const title = meta.title ?? inferred.title;
  const region = meta.region !== undefined ? meta.region : inferred.region;
  // An annual plan (2023年…工作要点) sets its targets for its own year unless a task says otherwise.
  const planYear = year !== null && new RegExp(`${year}年`).test(title) ? year : null;
  const docId = meta.id ?? 'document';

  const deptOptions: DepartmentOptions = {
    isPlacePrefix: (s) => opts.gazetteer.matchesAt(s, 0).some((m) => m.length >= 2 && m.values.some((e) => e.type === 'admin')),
    isPlaceName: (s) => opts.gazetteer.matchesAt(s, 0).some((m) => m.length === s.length && m.values.some((e) => e.type === 'admin' && !e.short)),
    parts: new Map(),
  };
  const notes = structure.tasks.map((b) => blockNotes(cleaned.text.slice(b.start, b.end), b));
  // Names written cleanly anywhere in the document help cut names out of run-on, bracket-less notes.
  const known = new Set<string>();
  for (const note of notes.flat()) for (const d of resolveDepartmentNote(note, deptOptions)?.departments ?? []) if (d.length <= 10) known.add(d);
  const ctx: ReadContext = { cleaned, gazetteer: opts.gazetteer, regionCode: region?.code ?? null, year, planYear, departments: { ...deptOptions, known, parts: new Map() } };

  const sectionKind = new Map(structure.sections.map((s) => [s.seq, framingKind(s.title)]));
  const state = { firstIsLead: false };
  const tasks: Task[] = [];
  const framing: FramingItem[] = [];
  const standingDepartments: Array<{ name: string; fromTask: number }> = [];
  structure.tasks.forEach((block, k) => {
    const read = readBlock(block, notes[k]!, ctx, state);
    for (const name of read.standing) standingDepartments.push({ name, fromTask: tasks.length + 1 });
    // An item is framing by its own lead phrase, or because its whole section frames the work (总体要求).
    const kind = framingKind(read.title) ?? sectionKind.get(block.sectionSeq) ?? null;
    if (kind) {
      framing.push({ label: block.label, sectionSeq: block.sectionSeq, title: read.title, kind, span: read.span, text: read.text, targets: read.targets });
      return;
    }
    const seq = tasks.length + 1;
    tasks.push({
      id: `${docId}/${seq}`,
      seq,
      label: block.label,
      sectionSeq: block.sectionSeq,
      title: read.title,
      text: read.text,
      span: read.span,
      departments: read.departments,
      roles: read.roles,
      targets: read.targets,
      items: read.items,
      deadlines: read.deadlines,
      places: read.places,
      categories: categorize(read.title, read.body),
    });
  });
  framing.push(...framingSections(structure.sections, structure.tasks, ctx), ...framingPreface(structure.paragraphs, ctx));
  framing.sort((a, b) => a.span[0] - b.span[0]);

  const document: ExtractedDocument['document'] = {
    id: meta.id ?? null,
    file: meta.file ?? null,
    title,
    issuer: meta.issuer ?? inferred.issuer,
    date: meta.date !== undefined ? meta.date : inferred.date,
    year,
    docNumber: meta.docNumber !== undefined ? meta.docNumber : inferred.docNumber,
    level: meta.level ?? inferred.level,
    region,
    encoding: decoded.encoding,
    standingDepartments,
  };
  if (decoded.damage) document.decodeDamage = decoded.damage;
  const sections = structure.sections.map((s) => {
    const section: Section = { seq: s.seq, title: s.title, span: cleaned.toOriginal(s.start, s.end) };
    if (s.intro) section.intro = cleaned.toOriginal(s.intro[0], s.intro[1]);
    return section;
  });
  return { document, sections, tasks, framing };
}
