import type { SourceDocument } from '../domain/document.ts';
import type { ExtractedDocument, Milestone, Place, Section, Span, Target, Task } from '../domain/task.ts';
import { categorize } from './categories.ts';
import { cleanText } from './clean-text.ts';
import { findDeadlines } from './deadlines.ts';
import { decodeDocument } from './decode.ts';
import { findDepartmentNotes, resolveDepartmentNote, type DepartmentOptions } from './departments.ts';
import { ExtractError } from './extract-error.ts';
import type { Gazetteer } from './gazetteer.ts';
import { inferMetadata } from './metadata.ts';
import { findPlaces, type FoundPlace } from './places.ts';
import { findStructure, type StructuredParagraph } from './structure.ts';
import { findTargets } from './targets.ts';

export interface ExtractOptions {
  gazetteer: Gazetteer;
  /** What is known of the document (data/sources/index.json); it wins over what the front matter suggests. */
  meta?: Partial<SourceDocument>;
}

/**
 * Reads one document: bytes or text in, sections and tasks with their departments, targets, deadlines, places
 * and categories out. Spans are offsets into the decoded text (without a BOM). Throws ExtractError when the
 * input is empty, binary, undecodable or holds no numbered tasks.
 */
export function extractDocument(input: string | Uint8Array, opts: ExtractOptions): ExtractedDocument {
  const decoded = typeof input === 'string' ? { text: input.replace(/^\ufeff/, ''), encoding: 'utf-16' } : decodeDocument(input);
  if (decoded.text.trim() === '') throw new ExtractError('empty', 'the document holds no text');
  const original = decoded.text;
  const cleaned = cleanText(original);
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
  };
  const taskTexts = structure.tasks.map((t) => cleaned.text.slice(t.start, t.end));
  const notes = taskTexts.map((text) => findDepartmentNotes(text));
  // Names written cleanly anywhere in the document help cut names out of run-on, bracket-less notes.
  const known = new Set<string>();
  for (const note of notes.flat()) for (const d of resolveDepartmentNote(note, deptOptions)?.departments ?? []) if (d.length <= 10) known.add(d);

  const standingDepartments: Array<{ name: string; fromTask: number }> = [];
  const tasks: Task[] = structure.tasks.map((block, k) => {
    const text = taskTexts[k]!;
    const seq = k + 1;
    const base = block.start;
    const toSpan = (s: number, e: number): Span => cleaned.toOriginal(base + s, base + e);
    const bodyStart = block.bodyStart - block.start;

    const groups = notes[k]!.map((n) => resolveDepartmentNote(n, { ...deptOptions, known })).filter((g) => g !== null);
    const departments = [...new Set(groups.flatMap((g) => g.departments))];
    for (const g of groups) for (const name of g.standing) standingDepartments.push({ name, fromTask: seq });
    const skip = groups.map((g): [number, number] => [g.start, g.end]);
    const allow = groups.flatMap((g) => g.items.filter((it) => isGovernmentItem(it.text)).map((it): [number, number] => [it.start, it.end]));

    const mentions = findDeadlines(text, year);
    const targets: Target[] = findTargets(text, { bodyStart, deadlines: mentions, skip, planYear }).map((t) => {
      const out: Target = {
        value: t.value,
        unit: t.unit,
        text: t.text,
        quantity: t.quantity,
        deadline: t.deadline,
        deadlineSource: t.deadlineSource,
        approx: t.approx,
        bound: t.bound,
        span: toSpan(t.start, t.end),
      };
      if (t.max !== undefined) out.max = t.max;
      return out;
    });
    const deadlines: Milestone[] = mentions
      .filter((d) => d.cue && !skip.some(([s, e]) => d.start >= s && d.start < e))
      .map((d) => ({ deadline: d.deadline, text: d.text.trim(), span: toSpan(d.start, d.end) }));

    const places = groupPlaces(findPlaces(text, { gazetteer: opts.gazetteer, regionCode: region?.code ?? null, skip, allow }), toSpan);
    const body = text.slice(bodyStart);
    const titleText = (/^[^。]*/.exec(body)?.[0] ?? body).trim();
    return {
      id: `${docId}/${seq}`,
      seq,
      label: block.label,
      sectionSeq: block.sectionSeq,
      title: titleText,
      text,
      span: toSpan(0, text.length),
      departments,
      targets,
      deadlines,
      places,
      categories: categorize(titleText, body),
    };
  });

  return {
    document: {
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
    },
    sections: structure.sections.map((s) => {
      const section: Section = { seq: s.seq, title: s.title, span: cleaned.toOriginal(s.start, s.end) };
      const intro = introAfter(structure.paragraphs, s.end);
      if (intro) section.intro = cleaned.toOriginal(intro[0], intro[1]);
      return section;
    }),
    tasks,
  };
}

function introAfter(paragraphs: StructuredParagraph[], headingEnd: number): [number, number] | null {
  const k = paragraphs.findIndex((p) => p.start >= headingEnd);
  let j = k;
  while (j >= 0 && j < paragraphs.length && paragraphs[j]!.role === 'intro') j++;
  return k >= 0 && j > k ? [paragraphs[k]!.start, paragraphs[j - 1]!.end] : null;
}

/** A body that is itself a local government names its place: 杭州市, 西安市政府, 榆林市政府. */
function isGovernmentItem(item: string): boolean {
  return /^[\u4e00-\u9fff]{2,8}?(?:市|县|区|省)(?:人民政府|政府)?$/.test(item) && !/^(?:各|相关|有关)/.test(item);
}

/** One entry per distinct place, at its first mention, listing every mention. */
function groupPlaces(found: FoundPlace[], toSpan: (s: number, e: number) => Span): Place[] {
  const byKey = new Map<string, Place>();
  for (const f of found) {
    const key = f.code ? `${f.code}:${f.townCode ?? ''}` : `c:${f.regionId ?? f.fullName}`;
    const span = toSpan(f.start, f.end);
    const seen = byKey.get(key);
    if (seen) {
      seen.spans.push(span);
      continue;
    }
    const place: Place = { name: f.name, fullName: f.fullName, code: f.code, kind: f.kind, span, spans: [span] };
    if (f.townCode) place.townCode = f.townCode;
    if (f.code === null) place.regionId = f.regionId ?? null;
    byKey.set(key, place);
  }
  return [...byKey.values()];
}
