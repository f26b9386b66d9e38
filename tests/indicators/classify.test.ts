import { describe, expect, test } from 'vitest';
import type { Target, Task } from '../../src/domain/task.ts';
import { classifyTarget } from '../../src/indicators/classify.ts';
import { targetWindow } from '../../src/indicators/target-window.ts';
import { validateRegistry } from '../../src/indicators/validate-registry.ts';
import { shippedDocuments } from '../joins/fixtures.ts';

const docs = shippedDocuments();
const task = (id: string): Task => docs.flatMap((d) => d.tasks).find((t) => t.id === id)!;
const target = (taskId: string, clause: string): Target => {
  const { indicator: _, ...plain } = task(taskId).targets.find((g) => g.text === clause)!;
  return plain;
};
const inTask = (taskId: string, clause: string) => targetWindow(target(taskId, clause), task(taskId).text).window;
/** A target as the extractor would give it for a clause of a sentence (value and unit read by hand). */
const made = (clause: string, quantity: string, value: number, unit: string): Target => ({
  value, unit, text: clause, quantity, deadline: null, deadlineSource: null, approx: false, bound: '=', span: [0, clause.length],
});

describe('the window a target is read in', () => {
  test('the sentence up to the quantity, the mark, the counted noun after it', () => {
    expect(inTask('yangxian-2023-work-points/4', '启动改造28个')).toMatch(/谋划实施城市会客厅项目,启动改造＃老旧小区$/u);
  });
  test('a target read without its text (a framing item with no text) has only its clause: the noun after is lost', () => {
    const t = target('yangxian-2023-work-points/4', '启动改造28个');
    expect(targetWindow(t, undefined).window).toBe('启动改造＃');
    expect(classifyTarget(t, { window: '启动改造＃' })).toBeNull();
    expect(classifyTarget(t, { window: inTask('yangxian-2023-work-points/4', '启动改造28个') })).toEqual({ id: 'old-compound-renovation', value: 28, unit: '个' });
  });
  test('two clauses alike in one text: each target is looked for after the previous one', () => {
    const t = task('zhejiang-2023-work-points/17');
    const first = targetWindow(t.targets[0]!, t.text);
    const second = targetWindow(t.targets[1]!, t.text, first.at);
    expect(second.at).toBeGreaterThan(first.at);
    expect(second.window).toMatch(/研发中心＃/u);
  });
  test('a ＃ written in the text cannot stand for the quantity', () => {
    const t = made('新建5G基站25座', '25座', 25, '座');
    expect(targetWindow(t, '＃新建5G基站25座。').window).toBe('#新建5G基站＃');
  });
});

describe('precision: wordings that make a number something other than a total', () => {
  test('a norm for each county: the nursing-bed share of 陕西 2022 (21.) is set for each county', () => {
    const t = target('shaanxi-2022-county-towns/21', '护理型床位占比达到55%以上');
    expect(classifyTarget(t, { window: inTask('shaanxi-2022-county-towns/21', '护理型床位占比达到55%以上') })).toBeNull();
    // The same clause on its own is the indicator: it is the sentence's 每个县（市） that rules it out.
    expect(classifyTarget(t, { window: '护理型床位占比达到＃' })).toEqual({ id: 'nursing-bed-share', value: 55, unit: '%' });
  });
  test('a part: the pilot counties’ rate, and 其中30个', () => {
    expect(classifyTarget(target('shaanxi-2022-county-towns/28', '试点县（市）农村黑臭水体治理率达到90%左右'), { window: inTask('shaanxi-2022-county-towns/28', '试点县（市）农村黑臭水体治理率达到90%左右') })).toBeNull();
    expect(classifyTarget(made('农村黑臭水体治理率达到40%左右', '40%左右', 40, '%'), { window: '农村黑臭水体治理率达到＃' })).toMatchObject({ id: 'rural-black-odorous-water-rate' });
    expect(classifyTarget(target('zhejiang-2023-work-points/14', '其中 30个'), { window: '(150个美丽宜居示范村,其中 ＃美丽宜居示范村' })).toBeNull();
  });
  test('a stock: the towns already on the list', () => {
    expect(inTask('shaanxi-2023-key-tasks/11', '持续推进已纳入省级特色小镇管理清单的9个')).toMatch(/已纳入省级特色小镇管理清单的＃小镇建设$/u);
    expect(classifyTarget(made('已纳入清单的9个', '9个', 9, '个'), { window: '已纳入清单的＃特色小镇' })).toBeNull();
    expect(classifyTarget(made('新增9个', '9个', 9, '个'), { window: '新增＃特色小镇' })).toMatchObject({ id: 'characteristic-towns', value: 9 });
  });
  test('relative figures and ratios per head', () => {
    expect(classifyTarget(made('县城污水处理率比2020年提高5个百分点', '5个百分点', 5, '个百分点'), { window: '县城污水处理率比2020年提高＃' })).toBeNull();
    expect(classifyTarget(made('每千人口拥有托位4.5个', '4.5个', 4.5, '个'), { window: '每千人口拥有托位＃' })).toBeNull();
  });
  test('a gap between the two urbanization rates is neither rate', () => {
    const w = '各地区户籍人口城镇化率与常住人口城镇化率差距缩小＃';
    expect(classifyTarget(made('差距缩小2个百分点以上', '2个百分点以上', 2, '个百分点'), { window: w })).toBeNull();
  });
  test('three rates, one value (均达到) and values paired by position (分别达到) are no one rate’s', () => {
    expect(classifyTarget(target('shaanxi-2022-county-towns/20', '高中阶段教育毛入学率均达到97%以上'), { window: '县城污水处理率、县城生活垃圾无害化处理率均达到＃' })).toBeNull();
  });
});

describe('choosing between indicators', () => {
  const migrant = made('开展农民工补贴性职业技能培训600万人次以上', '600万人次以上', 6000000, '人次');
  const window = '以实用性、针对性为导向，开展农民工补贴性职业技能培训＃';
  test('a target that fits an indicator and the wider one it is a part of is the narrower one’s', () => {
    expect(classifyTarget(migrant, { window })).toEqual({ id: 'migrant-worker-training', value: 6000000, unit: '人次' });
    expect(classifyTarget(made('开展补贴性职业技能培训1000万人次', '1000万人次', 1e7, '人次'), { window: '开展补贴性职业技能培训＃' })).toMatchObject({ id: 'vocational-training' });
  });
  test('a target two unrelated indicators fit is neither’s', () => {
    const entry = (id: string) => ({ id, zh: id, en: id, kind: 'count', better: 'higher', units: [{ unit: '人次', zh: '人次', en: 'x' }], patterns: ['培训＃'] });
    expect(classifyTarget(migrant, { window }, validateRegistry({ indicators: [entry('a')] }))).toMatchObject({ id: 'a' });
    expect(classifyTarget(migrant, { window }, validateRegistry({ indicators: [entry('a'), entry('b')] }))).toBeNull();
  });
  test('县城建设示范县 is the province’s own designation in a provincial plan, not in a national one', () => {
    const t = target('shaanxi-2023-key-tasks/9', '创建15个左右');
    const w = inTask('shaanxi-2023-key-tasks/9', '创建15个左右');
    expect(classifyTarget(t, { window: w, level: 'province' })).toMatchObject({ id: 'county-town-provincial-demonstration', value: 15 });
    expect(classifyTarget(t, { window: w, level: 'national' })).toBeNull();
    expect(classifyTarget(t, { window: w })).toBeNull();
  });
});

describe('per year and increases', () => {
  test('年均转户1300万人 is people per year; 户籍人口城镇化率年均提高1个百分点 an increase per year', () => {
    expect(classifyTarget(made('年均转户1300万人以上', '1300万人以上', 1.3e7, '人'), { window: '户籍人口城镇化率年均提高1个百分点以上，年均转户＃' })).toEqual({ id: 'hukou-settlement', value: 1.3e7, unit: '人/年' });
    expect(classifyTarget(made('户籍人口城镇化率年均提高1个百分点以上', '1个百分点以上', 1, '个百分点'), { window: '户籍人口城镇化率年均提高＃' })).toEqual({ id: 'urbanization-rate-registered', value: 1, unit: '个百分点/年' });
  });
  test('a level stays a level: 达到45% is %, even in a sentence that speaks of yearly growth', () => {
    expect(classifyTarget(made('户籍人口城镇化率提高到45%', '45%', 45, '%'), { window: '户籍人口城镇化率提高到＃' })).toEqual({ id: 'urbanization-rate-registered', value: 45, unit: '%' });
  });
});
