import type { DepartmentRole, Milestone, Place, Span, Target, TaskItem } from '../domain/task.ts';
import { findDeadlines } from './deadlines.ts';
import { bracketGroups, findDepartmentNotes, resolveDepartmentNote, type DepartmentGroup, type DepartmentNote, type DepartmentOptions } from './departments.ts';
import { findDutyLines } from './duty-lines.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { MappedText } from './mapped-text.ts';
import { findPlaces, type FoundPlace } from './places.ts';
import { strength } from './roles.ts';
import type { TaskBlock } from './structure.ts';
import { findTargets, type FoundTarget } from './targets.ts';

/** What the whole document lends to the reading of each of its blocks. */
export interface ReadContext {
  cleaned: MappedText;
  gazetteer: Gazetteer;
  regionCode: string | null;
  year: number | null;
  planYear: number | null;
  departments: DepartmentOptions;
}

/** A task block read: everything a Task holds but its id and sequence. */
export interface ReadBlock {
  text: string;
  span: Span;
  title: string;
  body: string;
  departments: string[];
  roles: DepartmentRole[];
  standing: string[];
  targets: Target[];
  deadlines: Milestone[];
  places: Place[];
  items: TaskItem[];
}

/** The responsibility notes of a block's text: parentheticals and 责任单位： fields. */
export function blockNotes(text: string, block: TaskBlock): DepartmentNote[] {
  const groups = bracketGroups(text);
  const stops = block.items.map((i) => i.start - block.start);
  return [...findDepartmentNotes(text, groups), ...findDutyLines(text, groups, stops)].sort((a, b) => a.start - b.start);
}

/**
 * Reads one task block (or framing item): departments with roles, targets, deadlines and places, and its
 * sub-items with theirs. `firstIsLead` carries 列第一位者为牵头单位 from the note that says it to later ones.
 */
export function readBlock(block: TaskBlock, notes: DepartmentNote[], ctx: ReadContext, state: { firstIsLead: boolean }): ReadBlock {
  const text = ctx.cleaned.text.slice(block.start, block.end);
  const base = block.start;
  const toSpan = (s: number, e: number): Span => ctx.cleaned.toOriginal(base + s, base + e);
  const bodyStart = block.bodyStart - block.start;

  const groups: DepartmentGroup[] = [];
  for (const n of notes) {
    const g = resolveDepartmentNote(n, ctx.departments, state.firstIsLead);
    if (n.firstIsLead) state.firstIsLead = true;
    if (g) groups.push(g);
  }
  const { departments, roles } = mergeRoles(groups);
  // Loops, not flatMap: this runs per task, and flatMap showed in profiles of the generated corpus.
  const skip: Array<[number, number]> = [];
  const allow: Array<[number, number]> = [];
  const standing: string[] = [];
  for (const g of groups) {
    skip.push([g.start, g.end]);
    for (const it of g.items) if (isGovernmentItem(it.text)) allow.push([it.start, it.end]);
    standing.push(...g.standing);
  }

  const mentions = findDeadlines(text, ctx.year);
  const found = findTargets(text, { bodyStart, deadlines: mentions, skip, planYear: ctx.planYear });
  const targets = found.map((t) => toTarget(t, toSpan));
  const deadlines: Milestone[] = mentions
    .filter((d) => d.cue && !skip.some(([s, e]) => d.start >= s && d.start < e))
    .map((d) => ({ deadline: d.deadline, text: d.text.trim(), span: toSpan(d.start, d.end) }));
  const places = groupPlaces(findPlaces(text, { gazetteer: ctx.gazetteer, regionCode: ctx.regionCode, skip, allow }), toSpan);

  const items: TaskItem[] = block.items.map((item) => {
    const from = item.start - base;
    const to = item.end - base;
    const inside = (s: number) => s >= from && s < to;
    const own = mergeRoles(groups.filter((g) => inside(g.start)));
    const itemText = text.slice(from, to);
    return {
      label: item.label,
      title: leadPhrase(text.slice(item.bodyStart - base, to)),
      text: itemText,
      span: toSpan(from, to),
      departments: own.departments,
      roles: own.roles,
      // By where the quantity is: a target's clause may begin before the item's label.
      targets: targets.filter((_, k) => inside(found[k]!.end - 1)),
    };
  });
  const body = text.slice(bodyStart);
  return { text, span: toSpan(0, text.length), title: leadPhrase(body), body, departments, roles, standing, targets, deadlines, places, items };
}

/** A target found in a block's text, with its span in the original document. */
export function toTarget(t: FoundTarget, toSpan: (s: number, e: number) => Span): Target {
  const out: Target = { value: t.value, unit: t.unit, text: t.text, quantity: t.quantity, deadline: t.deadline, deadlineSource: t.deadlineSource, approx: t.approx, bound: t.bound, span: toSpan(t.start, t.end) };
  if (t.max !== undefined) out.max = t.max;
  return out;
}

/** The lead phrase: up to the first 。 */
function leadPhrase(body: string): string {
  return (/^[^。]*/.exec(body)?.[0] ?? body).trim();
}

/** One entry per body in order of first mention, with its strongest role across the notes. */
function mergeRoles(groups: DepartmentGroup[]): { departments: string[]; roles: DepartmentRole[] } {
  const byName = new Map<string, DepartmentRole>();
  for (const g of groups) {
    g.departments.forEach((name, k) => {
      const role = g.roles[k]!;
      const seen = byName.get(name);
      if (!seen || strength(role) > strength(seen)) byName.set(name, role);
    });
  }
  return { departments: [...byName.keys()], roles: [...byName.values()] };
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
