import { describe, expect, test } from 'vitest';
import { at, extractShipped, task } from '../fixtures.ts';

// 发改规划〔2022〕371号 2022年新型城镇化和城乡融合发展重点任务: "@@" after many words, an injected ad, section intros.
const { doc, text } = extractShipped('national-2022-key-tasks');

describe('structure', () => {
  test('six sections with unnumbered intros, twenty-eight tasks, even where @@ splits a numeral: (十@@一@@@@)', () => {
    expect(doc.sections).toHaveLength(6);
    expect(doc.tasks).toHaveLength(28);
    expect(task(doc, '(11)').title).toBe('有序推进城市更新');
    expect(doc.sections.slice(0, 5).every((s) => s.intro !== undefined)).toBe(true);
    expect(at(text, doc.sections[0]!.intro!)).toContain('坚持把推进@@农业转移人口市@@民化作为新型城镇化首要任务');
  });
  test('task text is clean, its span still covers the marked-up original', () => {
    const t = task(doc, '(1)');
    expect(t.text).not.toContain('@@');
    expect(at(text, t.span)).toContain('@@');
    expect(at(text, t.span).replace(/@@/g, '')).toBe(t.text);
  });
  test('the ad injected into task (十七) is gone from its text', () => {
    expect(task(doc, '(17)').text).not.toContain('乐动');
    expect(at(text, task(doc, '(17)').span)).toContain('乐动安卓app');
  });
});

describe('departments', () => {
  test('…等负责 and a standing note', () => {
    expect(task(doc, '(1)').departments).toEqual(['公安部', '发展改革委', '各省级有关部门']);
    expect(doc.document.standingDepartments).toEqual([{ name: '各省级有关部门', fromTask: 1 }]);
    expect(task(doc, '(3)').departments).toEqual(['人力资源社会保障部']);
  });
});

describe('targets', () => {
  test('600万人次以上, 840万户, 一家 with 至少', () => {
    expect(task(doc, '(3)').targets).toEqual([expect.objectContaining({ value: 6e6, unit: '人次', bound: '>=', deadline: '2022' })]);
    expect(task(doc, '(11)').targets).toEqual([expect.objectContaining({ value: 8.4e6, unit: '户' })]);
    expect(task(doc, '(2)').targets).toEqual([expect.objectContaining({ value: 1, unit: '家', bound: '>=' })]);
  });
  test('300万以下城市 is a threshold, 1小时通勤圈 a slogan, 30年 a term, 三条控制线 a name', () => {
    expect(task(doc, '(1)').targets).toEqual([]);
    expect(task(doc, '(6)').targets).toEqual([]);
    expect(task(doc, '(25)').targets.map((t) => t.value)).toEqual([11]);
    expect(task(doc, '(20)').targets).toEqual([]);
  });
});

describe('places', () => {
  test('the national city clusters, by name and alias', () => {
    expect(task(doc, '(5)').places.map((p) => p.regionId)).toEqual([
      'jing-jin-ji',
      'greater-bay-area',
      'yrd-city-cluster',
      'chengdu-chongqing',
      'middle-yangtze-cluster',
      'beibu-gulf-cluster',
      'guanzhong-plain-cluster',
    ]);
  });
  test('border prefectures by short name, anywhere in China', () => {
    expect(task(doc, '(9)').places.map((p) => [p.name, p.code])).toEqual([
      ['丹东', '210600'],
      ['黑河', '231100'],
      ['防城港', '450600'],
    ]);
  });
  test('no county short forms in a national text: 老城区, 郊区, 新城 are words', () => {
    for (const label of ['(1)', '(7)', '(20)']) expect(task(doc, label).places).toEqual([]);
  });
});
