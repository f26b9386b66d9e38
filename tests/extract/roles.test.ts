import { describe, expect, test } from 'vitest';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { cutRoleWords } from '../../src/extract/roles.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { extractShipped, source, task } from './fixtures.ts';

const gazetteer = loadGazetteer();
const withRoles = (doc: ExtractedDocument, label: string) => {
  const t = task(doc, label);
  return t.departments.map((d, k) => `${d}:${t.roles![k]}`);
};

describe('role words are cut from names and kept as roles', () => {
  test.each([
    ['财政部牵头', '财政部', 'lead'],
    ['农业农村部、工业和信息化部牵头负责', '农业农村部、工业和信息化部', 'lead'],
    ['国家卫生计生委等部门参与', '国家卫生计生委', 'support'],
    ['省医保局配合', '省医保局', 'support'],
    ['生态环境部指导', '生态环境部', 'guide'],
    ['试点城市政府负责落实', '试点城市政府', 'resp'],
    ['国务院有关部门按职责分工负责', '国务院有关部门', 'resp'],
    ['推进新型城镇化工作部际联席会议负责统筹协调', '推进新型城镇化工作部际联席会议', 'resp'],
    ['省教育厅（牵头）', '省教育厅', 'lead'],
    ['配合单位：省财政厅', '省财政厅', 'support'],
    ['省公安厅', '省公安厅', null],
  ])('%s → %s (%s)', (item, name, role) => expect(cutRoleWords(item)).toEqual({ name, role }));
});

describe('roles in the shipped documents', () => {
  test('浙江: …牵头 leads, the bodies after it support, a bare note is responsible', () => {
    const { doc } = extractShipped('zhejiang-2023-work-points');
    expect(withRoles(doc, '(1)')).toEqual(['省公安厅:lead', '省人力社保厅:support']);
    expect(withRoles(doc, '(2)')).toEqual(['省发展改革委:resp']);
    // 省建设厅 leads one clause's note and is named bare in another: the stronger role stays.
    expect(withRoles(doc, '(30)')).toEqual(['省建设厅:lead', '省农业农村厅:support', '省自然资源厅:support']);
  });
  test('notes without role words: every body is responsible', () => {
    for (const id of ['shaanxi-2023-key-tasks', 'shaanxi-2022-county-towns', 'yangxian-2023-work-points', 'national-2022-key-tasks']) {
      const { doc } = extractShipped(id);
      for (const t of doc.tasks) expect(t.roles).toEqual(t.departments.map(() => 'resp'));
    }
  });
  test('roles run parallel to departments in every task', () => {
    for (const id of ['shaanxi-2023-key-tasks', 'zhejiang-2023-work-points', 'national-2022-key-tasks']) {
      for (const t of extractShipped(id).doc.tasks) expect(t.roles).toHaveLength(t.departments.length);
    }
  });
});

// The 陕西 county-town plan's notes rewritten in the other forms plans use.
describe('notes in other forms, made from the 陕西 county-town plan', () => {
  const { text, meta } = source('shaanxi-2022-county-towns');
  const doc = (replace: (t: string) => string) => extractDocument(replace(text), { gazetteer, meta });

  test('列第一位者为牵头单位，下同: from that note on, the first body leads and the others support', () => {
    const d = doc((t) => t.replace('（省科技厅、省发展改革委、省国资委、省政务大数据局、省工商联负责）', '（省科技厅、省发展改革委、省国资委、省政务大数据局、省工商联等负责。列第一位者为牵头单位，下同）'));
    expect(withRoles(d, '10.')).toEqual(['省科技厅:lead', '省发展改革委:support', '省国资委:support', '省政务大数据局:support', '省工商联:support']);
    expect(withRoles(d, '12.')).toEqual(['省人力资源社会保障厅:lead', '省发展改革委:support']);
    expect(withRoles(d, '27.')).toEqual(['省住房城乡建设厅:lead']);
    // Before the note that says so, nothing changes.
    expect(withRoles(d, '6.')[0]).toBe('省发展改革委:resp');
    expect(task(d, '10.').departments).not.toContain('列第一位者为牵头单位');
  });
  test('…牵头，…参与 and …指导，…负责落实, with a standing assignment', () => {
    const d = doc((t) =>
      t
        .replace('（省科技厅、省发展改革委、省国资委、省政务大数据局、省工商联负责）', '（省科技厅牵头，省发展改革委、省国资委等参与）')
        .replace('（省发展改革委、省委组织部负责）', '（省发展改革委指导，各设区市政府负责落实。以下均需各设区市政府落实，不再列出）'),
    );
    expect(withRoles(d, '10.')).toEqual(['省科技厅:lead', '省发展改革委:support', '省国资委:support']);
    expect(withRoles(d, '11.')).toEqual(['省发展改革委:guide', '各设区市政府:resp']);
    expect(d.document.standingDepartments).toEqual([{ name: '各设区市政府', fromTask: 11 }]);
  });
  test('a note that opens its own sentence in the middle of a task is read too', () => {
    const d = doc((t) => t.replace('完善县域经济考核体系。', '完善县域经济考核体系。（省统计局牵头，省委组织部参与）'));
    // 省委组织部 also stands bare in the task's closing note (resp), which outranks support.
    expect(withRoles(d, '11.')).toEqual(['省统计局:lead', '省委组织部:resp', '省发展改革委:resp']);
  });
  test('bodies named only in running text are not departments', () => {
    const d = doc((t) => t.replace(/（[^（）]*负责）/g, ''));
    for (const t of d.tasks) expect(t.departments).toEqual([]);
  });
});
