import { expect } from 'vitest';
import type { ExtractedDocument } from '../../src/domain/task.ts';

const squeeze = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');

/**
 * What a reader compares between two extractions of the same document: every task's label, title, text, bodies,
 * targets, deadlines and places, with whitespace ignored (a PDF or a Word file has no blank lines or indents to
 * keep) and spans left out (they count in different texts).
 */
export function taskDigest(doc: ExtractedDocument) {
  return doc.tasks.map((t) => ({
    label: t.label,
    section: t.sectionSeq,
    title: squeeze(t.title),
    text: squeeze(t.text),
    departments: t.departments,
    targets: t.targets.map((x) => `${x.quantity}|${x.value}|${x.unit}|${x.deadline}|${x.bound}`),
    deadlines: t.deadlines.map((d) => d.deadline),
    places: t.places.map((p) => p.fullName),
    categories: t.categories,
  }));
}

export function expectSameTasks(actual: ExtractedDocument, expected: ExtractedDocument): void {
  expect(actual.tasks.length).toBe(expected.tasks.length);
  expect(taskDigest(actual)).toEqual(taskDigest(expected));
  expect(actual.sections.map((s) => squeeze(s.title))).toEqual(expected.sections.map((s) => squeeze(s.title)));
}

/** Every task's span points at its own words in the text it was read from. */
export function expectSpansInside(doc: ExtractedDocument, text: string): void {
  for (const t of doc.tasks) {
    expect(squeeze(text.slice(t.span[0], t.span[1]))).toContain(squeeze(t.title).slice(0, 8));
  }
}
