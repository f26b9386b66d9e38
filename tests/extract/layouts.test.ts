import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/extract/clean-text.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { findStructure } from '../../src/extract/structure.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { extractShipped, source, task } from './fixtures.ts';

const gazetteer = loadGazetteer();
const structureOf = (text: string) => findStructure(cleanText(text).text);
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (n: number) => (n <= 10 ? CN[n - 1]! : n < 20 ? `十${CN[n - 11] ?? ''}` : `${CN[Math.floor(n / 10) - 1]}十${CN[(n % 10) - 1] ?? ''}`);

describe('which level is the task, and why', () => {
  test('一、 sections with （一） under them: （一） is the task, being directly under the sections', () => {
    const s = structureOf(source('shaanxi-2023-key-tasks').text);
    expect([s.style, s.levelReason, s.tasks.length]).toEqual(['paren-cn', 'under-sections', 25]);
  });
  test('一、 sections with 1． under them, numbered on through the document: 1． is the task', () => {
    const s = structureOf(source('shaanxi-2022-county-towns').text);
    expect([s.style, s.levelReason, s.tasks.length]).toEqual(['arabic-dot', 'under-sections', 38]);
  });
  test('no sections: the top numbered level is the task', () => {
    // The 浙江 points without their seven section headings.
    const text = source('zhejiang-2023-work-points').text.replace(/^[一二三四五六七]、.*$/gm, '');
    const s = structureOf(text);
    expect([s.style, s.levelReason, s.tasks.length, s.sections.length]).toEqual(['paren-cn', 'top-numbered', 32, 0]);
  });
  test('no sections, 1． tasks holding (1) (2): 1． is the top level, (1) its items', () => {
    const { text } = source('shaanxi-2022-county-towns');
    // Task 7's sentences as numbered measures (1) (2) …, its note after them; the section headings removed.
    const lines = text.split('\n').filter((l) => !/^[一二三四五六七]、/.test(l.trim()));
    const seven = lines.findIndex((l) => l.startsWith('7．'));
    const note = /（[^（）]*负责）$/.exec(lines[seven]!)![0];
    const [head, ...sentences] = lines[seven]!.slice(0, -note.length).split('。').filter((x) => x.trim());
    lines[seven] = `${head}。${sentences.map((x, k) => `（${k + 1}）${x}。`).join('')}${note}`;
    const s = structureOf(lines.join('\n'));
    expect([s.style, s.levelReason, s.itemStyle, s.tasks.length]).toEqual(['arabic-dot', 'top-numbered', 'paren-arabic', 38]);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(s.tasks[6]!.items.map((i) => i.label)).toEqual(sentences.map((_, k) => `(${k + 1})`));
  });
  test('a table of contents is skipped: its headings run in sequence with no body and come again later', () => {
    const { text } = source('shaanxi-2023-key-tasks');
    const heads = text.split('\n').map((l) => l.trim()).filter((l) => /^(?:[一二三四五六]、|（[一二三四五六七八九十]+）)/.test(l)).map((l) => l.split('。')[0]);
    const s = structureOf(`目录\n${heads.map((h, k) => `${h}  ${k + 2}`).join('\n')}\n${text}`);
    expect(s.toc).toHaveLength(1);
    expect(s.tasks).toHaveLength(25);
    expect(s.tasks[0]!.start).toBeGreaterThan(s.toc[0]![1]);
  });
});

// A 分工方案 made from the national key tasks: each （一） task's sentences as 具体措施 1．2．3．, and a 牵头单位：…；
// 配合单位：… line instead of the responsibility parenthetical.
function divisionOfWork(): { text: string; reference: ReturnType<typeof extractShipped>['doc'] } {
  const { doc: reference } = extractShipped('national-2022-key-tasks');
  const out: string[] = ['2022年新型城镇化和城乡融合发展重点任务分工方案'];
  for (const s of reference.sections) {
    out.push(`${cn(s.seq)}、${s.title}`);
    for (const t of reference.tasks.filter((x) => x.sectionSeq === s.seq)) {
      out.push(`（${cn(t.seq)}）${t.title}。`, '具体措施：');
      const body = t.text.slice(t.text.indexOf('。') + 1).replace(/[（(][^（）()]*(?:[（(][^（）()]*[)）][^（）()]*)*[)）]\s*$/, '');
      body.split('。').filter((x) => x.trim()).forEach((sentence, k) => out.push(`${k + 1}．${sentence.trim()}。`));
      const [lead, ...rest] = t.departments;
      if (lead) out.push(rest.length ? `牵头单位：${lead}；配合单位：${rest.join('、')}` : `责任单位：${lead}`);
    }
  }
  return { text: out.join('\n'), reference };
}

describe('a 分工方案: （一） tasks holding 具体措施 1．2．3． and 牵头单位：/配合单位： lines', () => {
  const { text, reference } = divisionOfWork();
  const doc = extractDocument(text, { gazetteer, meta: { id: 'division', title: '2022年新型城镇化和城乡融合发展重点任务分工方案', year: 2022 } });

  test('（一） is the task level (directly under 一、); the measures 1．2．3． are its items', () => {
    const s = structureOf(text);
    expect([s.style, s.levelReason, s.itemStyle]).toEqual(['paren-cn', 'under-sections', 'arabic-dot']);
    expect(doc.tasks.map((t) => t.title)).toEqual(reference.tasks.map((t) => t.title));
    const first = task(doc, '(1)');
    expect(first.items!.map((i) => i.label)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(first.items![1]!.title).toBe(reference.tasks[0]!.text.split('。')[2]);
  });
  test('the 牵头单位：/配合单位： fields are the departments, with lead and support roles and no role words', () => {
    for (const [k, t] of doc.tasks.entries()) {
      const expected = reference.tasks[k]!.departments;
      expect(t.departments).toEqual(expected);
      expect(t.roles).toEqual(expected.map((_, j) => (expected.length === 1 ? 'resp' : j === 0 ? 'lead' : 'support')));
    }
  });
  test('each item span reads back as its text, inside its task', () => {
    for (const t of doc.tasks) {
      for (const i of t.items!) {
        expect(text.slice(i.span[0], i.span[1])).toBe(i.text);
        expect(i.span[0] >= t.span[0] && i.span[1] <= t.span[1]).toBe(true);
      }
    }
  });
  test("a field line after the last measure is also that measure's", () => {
    const t = task(doc, '(3)');
    expect(t.items!.at(-1)!.departments).toEqual(['人力资源社会保障部']);
  });
  test('the targets are the same as in the original layout, each in its measure', () => {
    for (const [k, t] of doc.tasks.entries()) {
      const ref = reference.tasks[k]!.targets.map((x) => [x.value, x.unit, x.deadline]);
      expect(t.targets.map((x) => [x.value, x.unit, x.deadline])).toEqual(ref);
      expect(t.items!.flatMap((i) => i.targets).map((x) => [x.value, x.unit, x.deadline])).toEqual(ref);
    }
  });
  test('the same with every line break lost: labels found mid-line, fields cut where the next measure begins', () => {
    const run = extractDocument(text.replace(/\n/g, ''), { gazetteer, meta: { id: 'division', title: '2022年新型城镇化和城乡融合发展重点任务分工方案', year: 2022 } });
    expect(run.tasks.map((t) => [t.title, t.items!.length, t.departments, t.roles])).toEqual(doc.tasks.map((t) => [t.title, t.items!.length, t.departments, t.roles]));
  });
});

describe('responsibility fields as 分工方案 write them', () => {
  const snippet = [
    '一、提高农业转移人口市民化质量',
    '（一）持续深化户籍制度改革。',
    '具体措施：',
    '1．全面取消城区常住人口300万以下城市落户限制，推行以经常居住地登记户口制度。',
    '责任单位：省公安厅，各市（州）人民政府',
    '2．2023年底前实现户口迁移业务“跨省通办”。',
    '牵头单位：省公安厅；配合单位：省政务服务管理局、省大数据中心',
    '完成时限：2023年12月底前',
    '（二）推进城镇基本公共服务均等化。',
    '1．新增公办义务教育学位2万个。',
    '责任单位：省教育厅（牵头）、省发展改革委、省财政厅',
    '2．推动社会保险参保扩面。（省人力资源社会保障厅负责，省医保局配合）',
  ].join('\n');
  const doc = extractDocument(snippet, { gazetteer, meta: { id: 'snippet', year: 2023 } });

  test('责任单位： lists, 牵头单位：…；配合单位：… and a (牵头) marker give roles; a field list stops at the next field', () => {
    expect(doc.tasks[0]!.items!.map((i) => [i.departments, i.roles])).toEqual([
      [['省公安厅', '各市（州）人民政府'], ['resp', 'resp']],
      [['省公安厅', '省政务服务管理局', '省大数据中心'], ['lead', 'support', 'support']],
    ]);
    expect(doc.tasks[0]!.departments).toEqual(['省公安厅', '各市（州）人民政府', '省政务服务管理局', '省大数据中心']);
    expect(doc.tasks[0]!.roles).toEqual(['lead', 'resp', 'support', 'support']);
    expect(doc.tasks[1]!.items!.map((i) => [i.departments, i.roles])).toEqual([
      [['省教育厅', '省发展改革委', '省财政厅'], ['lead', 'support', 'support']],
      [['省人力资源社会保障厅', '省医保局'], ['resp', 'support']],
    ]);
  });
  test('a measure keeps its own targets and deadlines', () => {
    expect(doc.tasks[1]!.items![0]!.targets).toEqual([expect.objectContaining({ value: 20000, unit: '个' })]);
    expect(doc.tasks[0]!.deadlines.map((d) => d.deadline)).toEqual(['2023', '2023-12']);
  });
});
