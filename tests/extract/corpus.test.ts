import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { essence, task } from './fixtures.ts';

// The real documents of ../shared/corpus, which the extractor was not built on, read in place (never copied).
// Expected values were checked by hand against each document; the folder is optional, so are these tests.
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const gazetteer = loadGazetteer();
const read = (file: string) => readFileSync(join(CORPUS, file), 'utf8');
const extract = (text: string) => extractDocument(text, { gazetteer });
const roles = (doc: ExtractedDocument, label: string, section?: number) => {
  const t = section === undefined ? task(doc, label) : doc.tasks.find((x) => x.label === label && x.sectionSeq === section)!;
  return t.departments.map((d, k) => `${d}:${t.roles![k]}`);
};
const headline = (doc: ExtractedDocument) => doc.framing!.flatMap((f) => f.targets.map((t) => [t.value, t.unit, t.bound, t.deadline]));

describe.runIf(existsSync(CORPUS))('documents the extractor was not built on (../shared/corpus)', () => {
  test('推动1亿非户籍人口在城市落户方案: three framing items, seventeen tasks, …牵头 and …参与', () => {
    const doc = extract(read('02_tuidong-1yi-feihuji-luohu-fangan-2016.txt'));
    expect(doc.framing!.map((f) => [f.label, f.title, f.kind])).toEqual([
      ['(1)', '指导思想', 'principles'],
      ['(2)', '基本原则', 'principles'],
      ['(3)', '主要目标', 'goals'],
    ]);
    expect(headline(doc)).toEqual([
      [1, '个百分点', '>=', '2020'],
      [1.3e7, '人', '>=', '2020'],
      [45, '%', '=', '2020'],
      [2, '个百分点', '>=', '2020'],
    ]);
    expect([doc.sections.length, doc.tasks.length, doc.tasks[0]!.label, doc.tasks.at(-1)!.label]).toEqual([4, 17, '(4)', '(20)']);
    expect(roles(doc, '(8)')).toEqual(['国家发展改革委:lead', '财政部:lead']);
    expect(roles(doc, '(11)')).toEqual(['中央农办:lead', '农业部:support', '国土资源部:support']);
    expect(roles(doc, '(13)')).toEqual(['人力资源社会保障部:lead', '国家卫生计生委:support']);
    expect(roles(doc, '(19)')).toEqual(['推进新型城镇化工作部际联席会议:resp', '国务院有关部门:resp']);
    // 准确快捷反映各地区两个指标变动状况: two measures named, no target set.
    expect(task(doc, '(17)').text).toContain('两个指标变动');
    expect(task(doc, '(17)').targets).toEqual([]);
    // Three notes in one task, one of them between two sentences.
    expect(roles(doc, '(10)')).toEqual(['国家发展改革委:resp', '人民银行:resp', '证监会:resp', '财政部:lead']);
  });

  test('河南 户籍制度改革实施意见: half-width brackets, framing with ——— lines, no department named outside running text', () => {
    const doc = extract(read('03_henan-huji-gaige-shishi-yijian-2014.txt'));
    expect(doc.framing!.map((f) => f.title)).toEqual(['指导思想', '基本原则', '工作目标']);
    expect(headline(doc)).toEqual([[56, '%', '=', '2020']]);
    expect([doc.sections.length, doc.tasks.length]).toEqual([5, 18]);
    for (const t of doc.tasks) expect(t.departments).toEqual([]);
    // A task of three paragraphs keeps them all.
    expect(task(doc, '(13)').text).toContain('实现城乡社会救助统筹发展');
  });

  test('"无废城市"试点工作方案: numbering restarts in each section; 指导 is a role; a standing assignment', () => {
    const doc = extract(read('04_wufei-chengshi-shidian-gongzuo-fangan-2018.txt'));
    expect(doc.framing!.map((f) => [f.title, f.kind])).toEqual([
      ['重大意义', 'background'],
      ['指导思想', 'principles'],
      ['基本原则', 'principles'],
      ['试点目标', 'goals'],
      ['试点范围', 'scope'],
    ]);
    expect(doc.tasks.map((t) => `${t.sectionSeq}${t.label}`).join(' ')).toBe('2(1) 2(2) 2(3) 2(4) 2(5) 2(6) 3(1) 3(2) 3(3) 3(4) 4(1) 4(2) 4(3) 4(4)');
    expect(roles(doc, '(1)', 2).slice(0, 7)).toEqual(['生态环境部:lead', '国家发展改革委:support', '工业和信息化部:support', '住房城乡建设部:support', '农业农村部:support', '国家统计局:support', '试点城市政府:resp']);
    expect(roles(doc, '(6)', 2).at(-1)).toBe('供销合作总社:support');
    expect(doc.document.standingDepartments).toEqual([{ name: '试点城市政府', fromTask: 1 }]);
    expect(doc.tasks.find((t) => t.label === '(3)' && t.sectionSeq === 2)!.targets.map((t) => [t.value, t.bound, t.deadline])).toEqual([
      [95, '>=', '2020'],
      [75, '>=', '2020'],
      [85, '>=', '2020'],
      [80, '>=', '2020'],
    ]);
    for (const t of doc.tasks) for (const d of t.departments) expect(d).not.toMatch(/指导|牵头|参与|负责/);
  });

  test('农业机械化指导意见: 列第一位者为牵头单位 makes every first body the lead; the goals hold fourteen dated targets', () => {
    const doc = extract(read('05_nongye-jixiehua-zhuanxing-shengji-yijian-2018.txt'));
    expect(doc.framing!.map((f) => f.title)).toEqual(['指导思想', '发展目标']);
    expect(headline(doc).map(([v, u, , d]) => `${v}${u}@${d}`)).toEqual([
      '1000000000千瓦@2020', '120000000千瓦@2020', '70%@2020',
      '1100000000千瓦@2025', '130000000千瓦@2025', '75%@2025', '55%@2025', '45%@2025', '60%@2025', '65%@2025', '55%@2025', '50%@2025', '65%@2025', '30%@2025', '50%@2025',
    ]);
    expect(doc.tasks).toHaveLength(18);
    expect(roles(doc, '(3)')).toEqual(['工业和信息化部:lead', '发展改革委:support', '科技部:support', '农业农村部:support']);
    expect(roles(doc, '(6)')).toEqual(['市场监管总局:lead', '工业和信息化部:support', '发展改革委:support', '农业农村部:support']);
    expect(roles(doc, '(18)')).toEqual(['农业农村部:lead', '工业和信息化部:lead']);
    expect(task(doc, '(3)').departments).not.toContain('列第一位者为牵头单位');
  });

  test.each(['02_tuidong-1yi-feihuji-luohu-fangan-2016.txt', '03_henan-huji-gaige-shishi-yijian-2014.txt', '04_wufei-chengshi-shidian-gongzuo-fangan-2018.txt', '05_nongye-jixiehua-zhuanxing-shengji-yijian-2018.txt'])(
    '%s reads the same with its line breaks lost',
    (file) => {
      const text = read(file);
      // The same catalogue facts for both: the front matter run into one line is the metadata's affair, not this.
      const meta = { title: '方案', year: 2018 };
      const runOn = extractDocument(text.replace(/[ \t\u3000]*\r?\n[\s\u3000]*/g, ''), { gazetteer, meta });
      expect(essence(runOn)).toEqual(essence(extractDocument(text, { gazetteer, meta })));
    },
  );
});
