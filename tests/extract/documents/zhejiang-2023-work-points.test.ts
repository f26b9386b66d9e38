import { describe, expect, test } from 'vitest';
import { at, extractShipped, task } from '../fixtures.ts';

// 浙发改城镇函〔2023〕388号 2023年浙江省新型城镇化和城乡融合发展工作要点: a department note after each clause.
const { doc, text } = extractShipped('zhejiang-2023-work-points');

describe('structure', () => {
  test('seven sections, thirty-two tasks; the page footer is not task 32', () => {
    expect(doc.sections).toHaveLength(7);
    expect(doc.tasks).toHaveLength(32);
    expect(task(doc, '(32)').text).not.toContain('信息来源');
    expect(doc.document).toMatchObject({ docNumber: '浙发改城镇函〔2023〕388号', date: '2023-07-24', region: { code: '330000' } });
  });
});

describe('departments', () => {
  test('one note per clause, merged in order and de-duplicated; 牵头 and 按职责负责 dropped', () => {
    expect(task(doc, '(1)').departments).toEqual(['省公安厅', '省人力社保厅']);
    expect(task(doc, '(28)').departments).toEqual(['省发展改革委', '省建设厅', '省农业农村厅', '省交通运输厅', '省水利厅', '省商务厅', '省市场监管局']);
  });
  test('以下各项任务均需…落实 is a standing assignment of the document, not a body of task (一) alone', () => {
    expect(doc.document.standingDepartments).toEqual([{ name: '各市、县(市、区)人民政府', fromTask: 1 }]);
  });
  test('以及 separates bodies', () => {
    expect(task(doc, '(8)').departments.at(-1)).toBe('各有关市');
  });
});

describe('targets', () => {
  test('an annual plan: a target without a worded deadline is for 2023, marked as inferred', () => {
    const parking = task(doc, '(13)').targets[0]!;
    expect(parking).toMatchObject({ value: 100000, unit: '个', deadline: '2023', deadlineSource: 'document' });
    expect(at(text, parking.span)).toBe('全省各设区市主城区新增停车位10万个');
  });
  test('以上 and 超 are lower bounds', () => {
    expect(task(doc, '(13)').targets.slice(1, 3).map((t) => [t.value, t.unit, t.bound])).toEqual([
      [1500, '公顷', '>='],
      [500, '公里', '>='],
    ]);
    expect(task(doc, '(15)').targets).toContainEqual(expect.objectContaining({ value: 3000, unit: '辆', bound: '>=' }));
  });
  test('a share of counties (60%以上的县) is a target; 2-3岁 and 20条举措 are not', () => {
    expect(task(doc, '(19)').targets).toContainEqual(expect.objectContaining({ value: 60, unit: '%', bound: '>=' }));
    expect(task(doc, '(19)').targets.some((t) => t.unit === '岁' || t.value === 2)).toBe(false);
    expect(task(doc, '(20)').targets.some((t) => t.value === 20)).toBe(false);
  });
});

describe('places', () => {
  test('the six 一体化合作先行区 by their two-character names', () => {
    expect(task(doc, '(9)').places.filter((p) => p.kind === 'zone').map((p) => p.name).slice(0, 6)).toEqual(['杭绍', '杭嘉', '甬绍', '甬舟', '甬台', '嘉湖']);
  });
  test('杭甬“双城记” and the two metropolitan circles', () => {
    expect(task(doc, '(7)').places[0]).toMatchObject({ name: '杭州、宁波“双城记”', regionId: 'hangzhou-ningbo-pair', kind: 'group' });
    expect(task(doc, '(6)').places.filter((p) => p.kind === 'metro').map((p) => p.regionId)).toEqual(['hangzhou-metro', 'ningbo-metro']);
  });
  test('山区26县 is the registry group', () => {
    expect(task(doc, '(10)').places).toEqual([expect.objectContaining({ name: '山区26县', regionId: 'zj-mountain-island-counties' })]);
  });
  test('以上城乡 is not 上城区, 东方理工大学 is not 东方市, 一中心四平台 is not 四平', () => {
    expect(task(doc, '(14)').places.map((p) => p.name)).toEqual(['浙江']);
    expect(task(doc, '(19)').places.map((p) => p.name)).toEqual(['宁波']);
    expect(task(doc, '(24)').places).toEqual([]);
  });
});
