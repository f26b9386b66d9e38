import { describe, expect, test } from 'vitest';
import { longestKnownSuffix, splitKnown, splitRunOn } from '../../src/extract/department-names.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { extractShipped, task } from './fixtures.ts';

const gazetteer = loadGazetteer();
const places = {
  isPlacePrefix: (s: string) => gazetteer.matchesAt(s, 0).some((m) => m.length >= 2 && m.values.some((e) => e.type === 'admin')),
  isPlaceName: (s: string) => gazetteer.matchesAt(s, 0).some((m) => m.length === s.length && m.values.some((e) => e.type === 'admin' && !e.short)),
};

// 洋县 2023 lost the 、 between some bodies in scraping; each run below is in its notes as written.
describe('names run together in 洋县 2023 are split into its bodies', () => {
  const { doc } = extractShipped('yangxian-2023-work-points');
  test.each([
    ['(7)', ['发改', '住建局'], '发改住建局'],
    ['(7)', ['县文旅局', '各镇街道'], '县文旅局各镇街道'],
    ['(10)', ['卫健', '民政局'], '卫健民政局'],
    ['(12)', ['县委网信办', '行政审批局', '县经贸局'], '县委网信办行政审批局县经贸局'],
    ['(17)', ['卫健', '民政局'], '卫健民政局'],
  ])('task %s names %j (written %s)', (label, bodies, written) => {
    const t = task(doc, label);
    expect(t.text).toContain(written);
    for (const b of bodies) expect(t.departments).toContain(b);
    expect(t.departments).not.toContain(written);
  });
});

describe('the helpers behind the split', () => {
  const known = new Set(['住建局', '民政局', '县文旅局', '发改局', '县发改局', '生态环境局', '环境局']);
  test('a run ending in a known body, after the stem of another known body, is two names', () => {
    expect(splitKnown('发改住建局', known)).toEqual(['发改', '住建局']);
    // No known body starts with 卫健 here: the run stays whole.
    expect(splitKnown('卫健民政局', known)).toEqual(['卫健民政局']);
    expect(splitKnown('卫健民政局', new Set([...known, '卫健局']))).toEqual(['卫健', '民政局']);
    expect(splitKnown('住建局', known)).toEqual(['住建局']);
    expect(splitKnown('发改住建局')).toEqual(['发改住建局']);
  });
  test('the longest known body a run-on sentence ends with', () => {
    expect(longestKnownSuffix('由县生态环境局', known)).toBe('生态环境局');
    expect(longestKnownSuffix('督促县发改局', known)).toBe('县发改局');
    expect(longestKnownSuffix('县发改局', known)).toBe('县发改局');
    expect(longestKnownSuffix('有关部门', known)).toBeNull();
    expect(longestKnownSuffix('县发改局')).toBeNull();
  });
  test('bodies run together are cut where one ends and the next begins; a place after a body is its branch', () => {
    expect(splitRunOn('县委网信办行政审批局县经贸局', places)).toEqual(['县委网信办', '行政审批局', '县经贸局']);
    expect(splitRunOn('县文旅局各镇街道', places)).toEqual(['县文旅局', '各镇街道']);
    expect(splitRunOn('生态环境局洋县分局', places)).toEqual(['生态环境局洋县分局']);
    expect(splitRunOn('推进新型城镇化工作部际联席会议', places)).toEqual(['推进新型城镇化工作部际联席会议']);
  });
});
