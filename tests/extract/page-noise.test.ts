import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/extract/clean-text.ts';
import { source } from './fixtures.ts';

// Page furniture in realistic snippets: the lines are the 陕西 2023 document's own.
const { text } = source('shaanxi-2023-key-tasks');
const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
const task1 = lines.find((l) => l.startsWith('（一）'))!;
const task2 = lines.find((l) => l.startsWith('（二）'))!;

describe('page furniture is noise', () => {
  test('page markers between paragraphs go, in any of their forms', () => {
    for (const marker of ['－ 12 －', '- 12 -', '— 3 —', '第 3 页', '第3页 共9页', '3/9']) {
      const cleaned = cleanText(`${task1}\n${marker}\n${task2}`);
      expect(cleaned.text.split('\n').filter((l) => l.trim())).toEqual([task1, task2]);
    }
  });

  test('a paragraph cut by a page break is joined again, and its span still covers the original', () => {
    const cut = task1.indexOf('。') + 5;
    const original = `${task1.slice(0, cut)}\n\n－ 4 －\n\n${task1.slice(cut)}\n${task2}`;
    const cleaned = cleanText(original);
    expect(cleaned.text.split('\n')[0]).toBe(task1);
    const [s, e] = cleaned.toOriginal(0, task1.length);
    expect(original.slice(s, e)).toContain('－ 4 －');
  });

  test('a running head next to the page markers goes; the same words elsewhere stay', () => {
    const title = '2023年陕西省推动新型城镇化高质量发展重点工作任务';
    const original = [title, task1, '－ 1 －', title, task2, '－ 2 －', title, '（三）加强农民工就业服务和保障。'].join('\n');
    const kept = cleanText(original).text.split('\n').filter((l) => l.trim());
    expect(kept).toEqual([title, task1, task2, '（三）加强农民工就业服务和保障。']);
  });

  test('a bare number line is a page number only when the document has several', () => {
    expect(cleanText(`${task1}\n7\n${task2}`).text).toContain('\n7\n');
    expect(cleanText(`${task1}\n7\n${task2}\n8\n（三）加强。`).text).not.toMatch(/\n[78]\n/);
  });

  test('a page marker inside a line that lost its breaks', () => {
    expect(cleanText(`${task1}－ 12 －${task2}`).text).toBe(`${task1}${task2}`);
  });
});

describe('markup left from the archive page is noise', () => {
  test('markdown headings, rules, emphasis and a text table', () => {
    const original = ['## 国务院办公厅关于印发推动1亿非户籍人口在城市落户方案的通知', '---------', '| 来源 | 时间 |', '|---|---|', '**一、总体要求**', task1].join('\n');
    const kept = cleanText(original).text.split('\n').map((l) => l.trim()).filter((l) => l);
    expect(kept).toEqual(['国务院办公厅关于印发推动1亿非户籍人口在城市落户方案的通知', '来源', '时间', '一、总体要求', task1]);
  });

  test("an HTML page's <title> is not text of the document", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>（一）站点首页 - 政府门户</title></head><body><p>一、总体要求</p><p>${task1}</p></body></html>`;
    const cleaned = cleanText(html).text;
    expect(cleaned).not.toContain('站点首页');
    expect(cleaned).toContain(task1);
  });
});
