import { describe, expect, test } from 'vitest';
import { at, extractShipped, task } from '../fixtures.ts';

// 推进以县城为重要载体的城镇化建设实施方案 (陕西, 陕发改规划〔2022〕1538号). Numbered 1．…38．, undated in the text.
const { doc, text } = extractShipped('shaanxi-2022-county-towns');

describe('structure', () => {
  test('seven sections and thirty-eight tasks numbered 1．…38．, labels in ASCII', () => {
    expect(doc.sections).toHaveLength(7);
    expect(doc.sections[6]!.title).toBe('深化体制机制创新');
    expect(doc.tasks.map((t) => t.label)).toEqual(Array.from({ length: 38 }, (_, i) => `${i + 1}.`));
    expect(task(doc, '13.')).toMatchObject({ sectionSeq: 3, title: '完善市政交通设施' });
  });

  test('the unnumbered closing paragraph is not part of task 38', () => {
    const last = task(doc, '38.');
    expect(last.text.endsWith('（省自然资源厅、省农业农村厅负责）')).toBe(true);
    expect(at(text, last.span)).not.toContain('推进以县城为重要载体的新型城镇化建设是一项重要工作');
  });
});

describe('departments', () => {
  test('（…负责） lists, in order', () => {
    expect(task(doc, '10.').departments).toEqual(['省科技厅', '省发展改革委', '省国资委', '省政务大数据局', '省工商联']);
    expect(task(doc, '27.').departments).toEqual(['省住房城乡建设厅']);
  });
});

describe('targets', () => {
  test('task 6: a range, a trillion with a bound, percentage points and a count, all by 2025', () => {
    const targets = task(doc, '6.').targets;
    expect(targets.map((t) => [t.value, t.max ?? null, t.unit, t.bound, t.deadline])).toEqual([
      [1, 2, '个', '=', '2025'],
      [1.6e12, null, '元', '>=', '2025'],
      [1, 2, '个百分点', '=', '2025'],
      [24, null, '个', '=', '2025'],
    ]);
    // 超过200亿元的县 and 百亿以上的产业集群 qualify nouns: thresholds, not targets.
    expect(targets.some((t) => t.value === 2e10 || t.value === 1e10)).toBe(false);
  });
  test('“十四五”期间 is 2025 and 翻一番 is 2 倍', () => {
    expect(task(doc, '17.').targets).toEqual([expect.objectContaining({ value: 1e6, unit: '户', deadline: '2025' })]);
    expect(task(doc, '37.').targets).toContainEqual(expect.objectContaining({ value: 2, unit: '倍', deadline: '2022' }));
  });
  test('至少 makes a lower bound; 左右 makes it approximate', () => {
    expect(task(doc, '21.').targets[0]).toMatchObject({ value: 1, unit: '所', bound: '>=' });
    expect(task(doc, '28.').targets.map((t) => [t.value, t.unit, t.approx])).toEqual([
      [40, '%', true],
      [90, '%', true],
    ]);
  });
  test('no deadline is invented for a plan that is not annual', () => {
    expect(task(doc, '33.').targets).toEqual([expect.objectContaining({ value: 100, unit: '个', deadline: null, deadlineSource: null })]);
  });
  test('slogans are not targets: 七个一, 15分钟健身圈', () => {
    expect(task(doc, '22.').targets).toEqual([]);
  });
});

describe('places', () => {
  test('short county names in the province: 富平, 武功', () => {
    expect(task(doc, '30.').places.filter((p) => p.code).map((p) => [p.name, p.code])).toEqual([
      ['富平', '610528'],
      ['武功', '610431'],
    ]);
  });
  test('regions of the province and the city cluster', () => {
    expect(task(doc, '14.').places.map((p) => p.regionId)).toEqual(['guanzhong-plain-cluster', 'shaanxi-south']);
    expect(task(doc, '1.').places.map((p) => p.regionId)).toEqual(['xian-metro']); // 西安都市圈 and 大西安
  });
  test('everyday words are not counties: 延长农业产业链 (延长县), 搬迁安置 (迁安市)', () => {
    expect(task(doc, '3.').places).toEqual([]);
    expect(task(doc, '34.').places).toEqual([]);
  });
});
