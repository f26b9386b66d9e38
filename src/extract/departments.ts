/**
 * Responsible bodies, read from the parentheticals that close a task or each of its clauses:
 * （省公安厅，各设区市人民政府、杨凌示范区管委会按职责分工负责，下同）, (省公安厅牵头,省人力社保厅按职责负责),
 * (公安部、发展改革委、各省级有关部门等负责。以下任务均需各省级有关部门落实,不再列出), and from 责任单位： lines
 * (duty-lines.ts). Each body gets its role (roles.ts); role words never stay in a name.
 */
import type { DepartmentRole } from '../domain/task.ts';
import { codesOf } from '../lib/char-codes.ts';
import { isDepartmentLike, longestKnownSuffix, repairFragment, splitKnown, splitRunOn, type PlaceTests } from './department-names.ts';
import { assignRoles, cutRoleWords, strength } from './roles.ts';

export interface DepartmentGroup {
  /** Offsets in the task text of the whole note, brackets included. */
  start: number;
  end: number;
  /** Bodies as written, in order. */
  departments: string[];
  /** Parallel to `departments`. */
  roles: DepartmentRole[];
  /** Bodies the note says every following task also involves (以下任务均需…落实). */
  standing: string[];
  /** Items that name a place acting as a responsible government (杭州市, 西安市政府), with their offsets. */
  items: Array<{ text: string; start: number; end: number }>;
  /** The opening bracket was lost in scraping; the group starts at the sentence before the closing one. */
  opened: boolean;
}

export interface DepartmentOptions extends PlaceTests {
  /** Bodies already seen written cleanly in this document, used to cut a name out of a run-on sentence. */
  known?: ReadonlySet<string>;
  /**
   * Name parts already split in this document under the same `known`: the same bodies recur in note after note,
   * and splitting slices and hashes every suffix of every name.
   */
  parts?: Map<string, string[]>;
}

export interface NoteItem {
  /** The name with its role words cut off. */
  text: string;
  start: number;
  role: DepartmentRole | null;
  /** Items of one clause (split by 、 only) share a role word: 国家发展改革委、财政部牵头. */
  clause: number;
}

/** A responsibility note as found in the text, before its names are resolved against the document's. */
export interface DepartmentNote {
  start: number;
  end: number;
  opened: boolean;
  standing: string[];
  /** The note says 列第一位者为牵头单位: its first body leads (and so in every later note, 下同). */
  firstIsLead: boolean;
  items: NoteItem[];
}

/** Top-level bracket groups of a text; an unmatched closing bracket opens at the last sentence end. */
export function bracketGroups(text: string): Array<{ start: number; end: number; opened: boolean }> {
  const out: Array<{ start: number; end: number; opened: boolean }> = [];
  const stack: number[] = [];
  let sentenceStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) stack.push(i);
    else if (c === 0xff09 || c === 0x29) {
      if (stack.length > 0) {
        const s = stack.pop()!;
        if (stack.length === 0) out.push({ start: s, end: i + 1, opened: false });
      } else {
        out.push({ start: sentenceStart, end: i + 1, opened: true });
      }
    } else if ((c === 0x3002 || c === 0xff1b || c === 0x3b) && stack.length === 0) {
      sentenceStart = i + 1;
    }
  }
  return out;
}

// As char codes: splitNoteItems tests every character of every note.
const OPENING = codesOf('（(');
const CLOSING = codesOf('）)');
/** Between the items of a note; all but 、 also end its clause. */
const SEPARATORS = codesOf('、，,；;');
const LIST_COMMA = '、'.charCodeAt(0);

/**
 * Splits a note's sentence into items at top-level 、，,；; and 以及, keeping nested brackets whole; ，；
 * start a new clause. A会同B: A leads, B supports.
 */
export function splitNoteItems(text: string, base: number, clause0: number): NoteItem[] {
  const out: NoteItem[] = [];
  let depth = 0;
  let from = 0;
  let clause = clause0;
  let pendingRole: DepartmentRole | null = null;
  const push = (to: number, role: DepartmentRole | null = null) => {
    if (to <= from) return;
    const raw = text.slice(from, to);
    const cut = cutRoleWords(raw);
    if (cut.name.length > 0 && cut.name !== '下同') {
      out.push({ text: cut.name, start: base + from + Math.max(0, raw.indexOf(cut.name)), role: cut.role ?? role ?? pendingRole, clause });
    }
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (SEPARATORS.includes(ch)) {
      push(i);
      from = i + 1;
      if (ch !== LIST_COMMA) {
        clause++;
        pendingRole = null;
      }
    } else if (text.startsWith('以及', i) || text.startsWith('会同', i)) {
      const joint = text.startsWith('会同', i);
      push(i, joint ? 'lead' : null);
      if (joint) pendingRole = 'support';
      from = i + 2;
      i++;
    }
  }
  push(text.length);
  return out;
}

/** Whether a bracket group stands where a note stands: closing a clause, or a sentence of its own. */
function closesClause(text: string, g: { start: number; end: number; opened: boolean }): boolean {
  const rest = text.slice(g.end, g.end + 8);
  const after = rest.trimStart()[0];
  if (after === undefined || '。；;，,'.includes(after) || rest[0] === '\n') return true;
  if (g.opened && /[\u4e00-\u9fff]/.test(after)) return true;
  let i = g.start - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i < 0 || '。；;'.includes(text[i]!);
}

/**
 * Finds the responsibility parentheticals of one task's text. Independent of the rest of the document, so it
 * runs once per task; {@link resolveDepartmentNote} then reads the names with what the document has taught.
 */
export function findDepartmentNotes(text: string, groups = bracketGroups(text)): DepartmentNote[] {
  const notes: DepartmentNote[] = [];
  for (const g of groups) {
    if (!closesClause(text, g)) continue;
    const innerStart = g.opened ? g.start : g.start + 1;
    const inner = text.slice(innerStart, g.end - 1);
    const standing: string[] = [];
    let firstIsLead = false;
    let offset = innerStart;
    let items: NoteItem[] = [];
    for (const sentence of inner.split(/[。；;]/)) {
      const note = /^以下(?:各项)?(?:任务)?均需(.+?)落实/.exec(sentence);
      // 各市、县(市、区)人民政府 is one body (every city and county government), so the note is not split at 、.
      if (note && isDepartmentLike(cutRoleWords(note[1]!).name)) standing.push(cutRoleWords(note[1]!).name);
      else if (/列第一位(?:者|的)?为牵头(?:单位|部门)/.test(sentence)) firstIsLead = true;
      else if (!/^\s*下同\s*$/.test(sentence)) items.push(...splitNoteItems(sentence, offset, items.length === 0 ? 0 : items.at(-1)!.clause + 1));
      offset += sentence.length + 1;
    }
    if (g.opened) {
      // Without an opening bracket the note may start in the task's own prose: keep the trailing run of names.
      // One-character leftovers (局) sit inside the run; they are dropped later.
      let k = items.length;
      while (k > 0 && (isDepartmentLike(items[k - 1]!.text) || items[k - 1]!.text.length === 1)) k--;
      items = items.slice(k);
    }
    if (items.length === 0) continue;
    notes.push({ start: g.start, end: g.end, opened: g.opened, standing, firstIsLead, items });
  }
  return notes;
}

function nameParts(name: string, opts: DepartmentOptions): string[] {
  const seen = opts.parts?.get(name);
  if (seen) return seen;
  const parts: string[] = [];
  for (const p of splitRunOn(name, opts)) parts.push(...splitKnown(p, opts.known));
  opts.parts?.set(name, parts);
  return parts;
}

/**
 * Reads the bodies of one note; null when it turns out not to name bodies at all. `firstIsLead`: an earlier note
 * said 列第一位者为牵头单位.
 */
export function resolveDepartmentNote(note: DepartmentNote, opts: DepartmentOptions, firstIsLead = false): DepartmentGroup | null {
  let items = note.items;
  const first = items[0];
  if (note.opened && first && first.text.length > 8) {
    // The first name may be run into its sentence: cut it out where a known name ends it.
    const parts = splitRunOn(first.text, opts);
    const allNames = parts.every((p) => isDepartmentLike(p) && p.length <= 10);
    const tail = allNames ? first.text : longestKnownSuffix(first.text, opts.known);
    items = tail ? [{ ...first, text: tail, start: first.start + first.text.length - tail.length }, ...items.slice(1)] : items.slice(1);
  }
  if (items.length === 0) return null;
  // A name with a role word after it (…参与, …指导) is a body whatever its ending.
  const likeShare = items.filter((i) => isDepartmentLike(i.text) || /[（(]/.test(i.text) || i.role !== null).length / items.length;
  if (likeShare < 0.6) return null;

  const itemRoles = assignRoles(items, note.firstIsLead || firstIsLead);
  const byName = new Map<string, DepartmentRole>();
  items.forEach((item, k) => {
    // 省发展改革委（省能源局）: the bracketed body is responsible too.
    const nested = /^(.+?)[（(](.+?)[）)]$/.exec(item.text);
    for (const n of nested ? [nested[1]!, nested[2]!] : [item.text]) {
      for (const part of nameParts(n, opts)) {
        const name = repairFragment(part, opts.known);
        if (!name) continue;
        const seen = byName.get(name);
        if (!seen || strength(itemRoles[k]!) > strength(seen)) byName.set(name, itemRoles[k]!);
      }
    }
  });
  return {
    // A note that lost its opening bracket covers only its names, not the task's sentence before them.
    start: note.opened ? items[0]!.start : note.start,
    end: note.end,
    departments: [...byName.keys()],
    roles: [...byName.values()],
    standing: note.standing,
    items: items.map((i) => ({ text: i.text, start: i.start, end: i.start + i.text.length })),
    opened: note.opened,
  };
}
