import { describe, expect, test } from 'vitest';
import { shippedDocuments } from '../joins/fixtures.ts';
import { REVIEWED, type NoneReason } from './reviewed-targets.ts';
import { labelledShipped, targetsOf } from './shipped.ts';

const labelled = targetsOf(labelledShipped());
const key = (task: string, clause: string) => `${task} ${clause}`;
const reviewed = new Map(REVIEWED.map((r) => [key(r.task, r.clause), r]));

describe('the shipped documents, target by target, against the hand-checked table', () => {
  test('every target is in the table once, and every row of the table is a target', () => {
    expect(reviewed.size).toBe(REVIEWED.length);
    expect(labelled.map((l) => key(l.task, l.target.text)).sort()).toEqual([...reviewed.keys()].sort());
  });

  test.each(REVIEWED.map((r) => [key(r.task, r.clause), r] as const))('%s', (_, r) => {
    const found = labelled.find((l) => l.task === r.task && l.target.text === r.clause)!;
    if (r.expect === null) expect(found.target.indicator, r.why).toBeUndefined();
    else expect(found.target.indicator, r.why).toEqual(r.expect);
  });

  test('data/tasks.json carries the same labels', () => {
    const inFile = targetsOf(shippedDocuments());
    expect(inFile.map((l) => l.target.indicator ?? null)).toEqual(labelled.map((l) => l.target.indicator ?? null));
  });
});

describe('report: targets left without an indicator', () => {
  test('the share of targets that found one, and why the others did not', () => {
    const none = REVIEWED.filter((r) => r.expect === null);
    const found = REVIEWED.length - none.length;
    const byReason = new Map<NoneReason, string[]>();
    for (const r of none) byReason.set(r.reason!, [...(byReason.get(r.reason!) ?? []), `${r.task} ${r.clause} (${r.why})`]);
    // Targets that commit a region to a total of something: what an indicator can hold at all.
    const totals = found + (byReason.get('single')?.length ?? 0);
    const lines = [
      `targets with an indicator: ${found} of ${REVIEWED.length} (${((100 * found) / REVIEWED.length).toFixed(1)}%)`,
      `of the ${totals} that commit a region to a total (not a norm, part, stock, relative or shared figure): ${found} (${((100 * found) / totals).toFixed(1)}%)`,
      ...[...byReason].flatMap(([reason, rows]) => [`without, ${reason} (${rows.length}):`, ...rows.map((s) => `  ${s}`)]),
    ];
    console.log(lines.join('\n'));
    expect(labelled.filter((l) => l.target.indicator).length).toBe(found);
    expect(none.every((r) => r.reason !== undefined)).toBe(true);
  });
});
