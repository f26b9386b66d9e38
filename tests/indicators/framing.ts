import type { Target } from '../../src/domain/task.ts';
import { findDeadlines } from '../../src/extract/deadlines.ts';
import { findTargets } from '../../src/extract/targets.ts';
import { source } from '../extract/fixtures.ts';

/**
 * 浙江 2023's preamble as a framing item would carry it once the extractor reads framing (issue 10): the paragraph
 * that sets 全省常住人口城镇化率达到73.5% by the end of 2023, its targets read by the extractor's own target finder,
 * spans into the shipped text. `withText` adds the paragraph, which the planned framing shape does not carry.
 */
export function zhejiangFraming(withText: boolean): { title: string; kind: 'goals'; span: [number, number]; targets: Target[]; text?: string } {
  const { text } = source('zhejiang-2023-work-points');
  const start = text.indexOf('2023年我省新型城镇化和城乡融合发展工作总的要求是');
  const end = text.indexOf('\n', start);
  const paragraph = text.slice(start, end);
  const targets = findTargets(paragraph, { bodyStart: 0, deadlines: findDeadlines(paragraph, 2023), skip: [], planYear: 2023 }).map(
    ({ start: s, end: e, ...t }): Target => ({ ...t, span: [start + s, start + e] }),
  );
  const item = { title: '总的要求', kind: 'goals' as const, span: [start, end] as [number, number], targets };
  return withText ? { ...item, text: paragraph } : item;
}
