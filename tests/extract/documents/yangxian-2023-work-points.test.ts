import { describe, expect, test } from 'vitest';
import { extractShipped, task } from '../fixtures.ts';

// 洋政办发〔2023〕20号 洋县2023年推动新型城镇化高质量发展工作要点: a web page with a header, half-width
// punctuation, lost brackets and lost characters.
const { doc } = extractShipped('yangxian-2023-work-points');

describe('structure', () => {
  test('the site navigation and notice are not tasks; twenty tasks in five sections', () => {
    expect(doc.tasks).toHaveLength(20);
    expect(doc.tasks[0]!.title).toBe('提高城镇落户便捷程度和服务水平');
    expect(doc.sections.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5]);
  });
  test('a section whose numeral was lost (、强化新型城镇化要素保障) is still section 五', () => {
    expect(doc.sections[4]).toMatchObject({ seq: 5, title: '强化新型城镇化要素保障' });
    expect(task(doc, '(18)').sectionSeq).toBe(5);
  });
});

describe('departments despite lost brackets and separators', () => {
  test('a note that lost its opening bracket', () => {
    expect(task(doc, '(1)').departments).toEqual(['公安局']);
  });
  test('names run together are split; a one-character leftover is dropped', () => {
    expect(task(doc, '(2)').departments).toEqual(['县卫健局', '人社局', '医保局']);
    expect(task(doc, '(12)').departments).toEqual(['县委网信办', '行政审批局', '县经贸局', '县卫健局', '县住建局', '县文旅局']);
  });
  test('a branch named after its county stays whole: 生态环境局洋县分局', () => {
    expect(task(doc, '(11)').departments).toEqual(['住建局', '生态环境局洋县分局', '县发改局', '交通局', '各镇街道']);
  });
  test('a note run into the task sentence keeps only the names', () => {
    expect(task(doc, '(6)').departments).toEqual(['住建局', '农业农村局', '县乡村振兴局', '各镇街道']);
  });
});

describe('targets', () => {
  test('2500人次 in 2023; the 4111+N programme is not a target', () => {
    expect(task(doc, '(3)').targets).toEqual([expect.objectContaining({ value: 2500, unit: '人次', deadline: '2023' })]);
    expect(task(doc, '(4)').targets.map((t) => [t.value, t.unit])).toEqual([
      [73, '个'],
      [28, '个'],
      [4, '条'],
    ]);
  });
  test('decimals and many units in one task', () => {
    const values = task(doc, '(16)').targets.map((t) => [t.value, t.unit]);
    expect(values).toContainEqual([8635, '座']);
    expect(values).toContainEqual([60.9, '公里']);
    expect(values).toHaveLength(8);
  });
});

describe('places', () => {
  test('towns of 洋县 by short name, with their county and their own codes', () => {
    const towns = task(doc, '(6)').places;
    expect(towns.map((p) => [p.name, p.kind, p.code, p.townCode])).toEqual([
      ['华阳', 'town', '610723', '610723114'],
      ['龙亭', 'town', '610723', '610723103'],
      ['磨子桥', 'town', '610723', '610723108'],
      ['戚氏', 'town', '610723', '610723003'],
      ['纸坊', 'town', '610723', '610723002'],
      ['马畅', 'town', '610723', '610723105'],
    ]);
    expect(towns[0]!.fullName).toBe('洋县华阳镇');
  });
  test('平安洋县 is 洋县, not 平安区 in Qinghai; 医疗卫生资源县统筹 is not 资源县', () => {
    expect(task(doc, '(14)').places.map((p) => p.code)).toEqual(['610723']);
    expect(task(doc, '(17)').places).toEqual([]);
  });
});
