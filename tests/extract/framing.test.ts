import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { framingKind } from '../../src/extract/framing.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { at, extractShipped, source } from './fixtures.ts';

const gazetteer = loadGazetteer();
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (n: number) => (n <= 10 ? CN[n - 1]! : n < 20 ? `十${CN[n - 11] ?? ''}` : `${CN[Math.floor(n / 10) - 1]}十${CN[(n % 10) - 1] ?? ''}`);

describe('framing is told from work by its lead phrase', () => {
  test.each([
    ['指导思想', 'principles'],
    ['基本原则', 'principles'],
    ['总体要求', 'principles'],
    ['指导思想和基本原则', 'principles'],
    ['主要目标', 'goals'],
    ['发展目标', 'goals'],
    ['工作目标', 'goals'],
    ['试点目标', 'goals'],
    ['总体思路和主要目标', 'goals'],
    ['试点范围', 'scope'],
    ['重大意义', 'background'],
    ['发展基础', 'background'],
    ['形势要求', 'background'],
  ])('%s is framing (%s)', (phrase, kind) => expect(framingKind(phrase)).toBe(kind));
  test.each(['加强组织领导', '完善目标考核体系', '健全监测评价体系', '推进县城补短板强弱项', '明确发展目标和重点任务'])('%s is work', (phrase) => {
    expect(framingKind(phrase)).toBeNull();
  });
});

// The 浙江 points with a 一、总体要求 section in front, numbered like tasks as real plans do: （一）指导思想 and
// （二）主要目标 made of the document's own preface, then its sections and tasks renumbered after them.
function withFramingSection(): string {
  const { text } = source('zhejiang-2023-work-points');
  const preface = text.split('\n').find((l) => l.startsWith('2023年我省新型城镇化和城乡融合发展工作总的要求是'))!;
  const [guiding, goal] = preface.split(',到2023年底,');
  // The preface becomes the two items (it would otherwise be a framing item of its own, see below).
  const lines = text.split('\n').filter((l) => l !== preface).map((line) => {
    const section = /^([一二三四五六七])、/.exec(line);
    if (section) return `${cn(CN.indexOf(section[1]!) + 2)}、${line.slice(2)}`;
    const task = /^\(([一二三四五六七八九十]+)\)/.exec(line);
    if (!task) return line;
    const n = [...Array(40).keys()].map((k) => cn(k + 1)).indexOf(task[1]!) + 1;
    return `(${cn(n + 2)})${line.slice(task[0].length)}`;
  });
  const first = lines.findIndex((l) => l.startsWith('二、'));
  lines.splice(first, 0, '一、总体要求', `(一)指导思想。${guiding}。`, `(二)主要目标。到2023年底,${goal}`);
  return lines.join('\n');
}

describe('framing items numbered like tasks go to `framing`, not to `tasks`', () => {
  const { doc: reference } = extractShipped('zhejiang-2023-work-points');
  const { meta } = source('zhejiang-2023-work-points');
  const doc = extractDocument(withFramingSection(), { gazetteer, meta });

  test('指导思想 and 主要目标 are framing; the thirty-two tasks are the same, with ids from 1', () => {
    expect(doc.framing!.map((f) => [f.label, f.sectionSeq, f.title, f.kind])).toEqual([
      ['(1)', 1, '指导思想', 'principles'],
      ['(2)', 1, '主要目标', 'goals'],
    ]);
    expect(doc.tasks.map((t) => [t.id, t.title, t.departments, t.targets.length])).toEqual(reference.tasks.map((t) => [t.id, t.title, t.departments, t.targets.length]));
    expect(doc.tasks[0]!.label).toBe('(3)');
  });
  test('the goal item holds the headline target, with its deadline', () => {
    expect(doc.framing![1]!.targets).toEqual([expect.objectContaining({ value: 73.5, unit: '%', deadline: '2023', deadlineSource: 'text', text: '全省常住人口城镇化率达到73.5%' })]);
  });
  test('a task under 保障措施 stays a task', () => {
    const renamed = withFramingSection().replace('八、健全组织实施机制', '八、保障措施');
    expect(extractDocument(renamed, { gazetteer, meta }).tasks).toHaveLength(32);
  });
});

describe('a framing section without numbered items is one framing item', () => {
  test('二、发展目标 with its paragraph: label 二、, kind goals, its targets', () => {
    const { text, meta } = source('shaanxi-2022-county-towns');
    const goals = '二、发展目标\n到2025年，全省县城常住人口城镇化率达到60%以上，县城建成区常住人口达到1200万人。';
    // Inserted before 二、大力发展县域经济, whose numeral and the following ones move down by one.
    const shifted = text.replace(/^([二三四五六七])、/gm, (_, n: string) => `${CN[CN.indexOf(n) + 1]}、`).replace(/^三、大力发展县域经济/m, `${goals}\n三、大力发展县域经济`);
    const doc = extractDocument(shifted, { gazetteer, meta });
    expect(doc.tasks).toHaveLength(38);
    expect(doc.framing).toEqual([
      expect.objectContaining({
        label: '二、',
        sectionSeq: 2,
        title: '发展目标',
        kind: 'goals',
        targets: [expect.objectContaining({ value: 60, unit: '%', deadline: '2025', bound: '>=' }), expect.objectContaining({ value: 1.2e7, unit: '人', deadline: '2025' })],
      }),
    ]);
    expect(doc.sections.map((s) => s.title)).toContain('发展目标');
  });
});

describe('a preface that sets dated figures is a framing item', () => {
  test('浙江: 总的要求是…到2023年底,全省常住人口城镇化率达到73.5% — the headline target of the points', () => {
    const { doc, text } = extractShipped('zhejiang-2023-work-points');
    expect(doc.framing).toEqual([
      expect.objectContaining({ label: '', sectionSeq: 0, title: '', kind: 'goals', targets: [expect.objectContaining({ value: 73.5, unit: '%', deadline: '2023', deadlineSource: 'text' })] }),
    ]);
    expect(at(text, doc.framing![0]!.span)).toMatch(/^2023年我省新型城镇化和城乡融合发展工作总的要求是.*标志性成果。$/);
  });
  test.each(['shaanxi-2023-key-tasks', 'shaanxi-2022-county-towns', 'yangxian-2023-work-points', 'national-2022-key-tasks'])('%s: a preface without figures, no numbered framing items', (id) => {
    expect(extractShipped(id).doc.framing).toEqual([]);
  });
});
