import { describe, expect, test } from 'vitest';
import type { Target } from '../../src/domain/task.ts';
import { crossLevel } from '../../src/indicators/cross-level.ts';
import { withIndicators } from '../../src/indicators/with-indicators.ts';
import { source } from '../extract/fixtures.ts';
import { labelledShipped } from './shipped.ts';

const docs = labelledShipped();
const zhejiang = docs.find((d) => d.document.id === 'zhejiang-2023-work-points')!;

describe('headline targets of the framing count as the document’s own', () => {
  test('浙江’s preamble, read by the extractor as framing, holds 全省常住人口城镇化率达到73.5% with its indicator', () => {
    const headline = zhejiang.framing!.flatMap((f) => f.targets);
    expect(headline.map((t) => t.quantity)).toEqual(['73.5%']);
    expect(headline[0]!.indicator).toEqual({ id: 'urbanization-rate-resident', value: 73.5, unit: '%' });
    // The same label with the extractor's framing taken off and the pass run again: it comes from the pass.
    const bare = { ...zhejiang, framing: zhejiang.framing!.map((f) => ({ ...f, targets: f.targets.map(({ indicator: _, ...t }) => t) })) };
    expect((withIndicators(bare).framing![0]!.targets[0] as Target).indicator).toEqual(headline[0]!.indicator);
  });

  test('the cross-level table shows it as 浙江’s, due by the end of 2023, its source the preamble sentence', () => {
    const result = crossLevel(docs, 'urbanization-rate-resident')!;
    expect(result.empty).toBe(false);
    const row = result.rows.find((r) => r.key === '330000')!;
    expect(row.commitments).toHaveLength(1);
    const c = row.commitments[0]!;
    expect([c.value, c.unit, c.deadline]).toEqual([73.5, '%', '2023']);
    expect(c.sources[0]!.taskId).toBeNull();
    expect(source('zhejiang-2023-work-points').text.slice(...c.sources[0]!.span)).toBe('全省常住人口城镇化率达到73.5%');
    // Without the framing no shipped task commits to it.
    expect(crossLevel(docs.map((d) => ({ ...d, framing: [] })), 'urbanization-rate-resident')!.empty).toBe(true);
  });

  test('a task’s sub-items are labelled too, and the input is left as it was', () => {
    const task = zhejiang.tasks.find((t) => t.id === 'zhejiang-2023-work-points/18')!;
    const bare: Target[] = task.targets.map(({ indicator: _, ...t }) => t);
    const item = { label: '1.', title: task.title, text: task.text, span: task.span, departments: [], roles: [], targets: bare };
    const doc = { ...zhejiang, tasks: [{ ...task, targets: bare, items: [item] }] };
    const out = withIndicators(doc);
    expect(out.tasks[0]!.items![0]!.targets[0]!.indicator).toEqual({ id: 'affordable-rental-housing', value: 250000, unit: '套' });
    expect(out.tasks[0]!.targets[0]!.indicator).toEqual({ id: 'affordable-rental-housing', value: 250000, unit: '套' });
    expect(doc.tasks[0]!.targets[0]!.indicator).toBeUndefined();
  });

  test('a stale label is dropped when nothing fits any more', () => {
    const task = zhejiang.tasks.find((t) => t.id === 'zhejiang-2023-work-points/22')!;
    const stale = { ...task, targets: task.targets.map((t) => ({ ...t, indicator: { id: 'greenways', value: 1, unit: '公里' } })) };
    expect(withIndicators({ ...zhejiang, tasks: [stale] }).tasks[0]!.targets.every((t) => t.indicator === undefined)).toBe(true);
  });
});
