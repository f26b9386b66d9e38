import { describe, expect, test } from 'vitest';
import { dropPageFurniture } from '../../src/ingest/pdf-furniture.ts';
import { pageLines, type PdfLine, type PdfTextItem } from '../../src/ingest/pdf-lines.ts';
import { joinLines } from '../../src/ingest/pdf-paragraphs.ts';

const item = (str: string, x: number, y: number, size = 16): PdfTextItem => ({ str, x, y, width: [...str].length * size, size });
const line = (text: string, y: number, x0 = 80, size = 16): PdfLine => ({ text, x0, x1: x0 + [...text].length * size, y, size });

describe('reading order', () => {
  test('items drawn out of order (footer first, a line in pieces, a fake-bold copy) come back top to bottom, left to right', () => {
    const items = [item('－ 3 －', 280, 40), item('质量', 176, 700), item('一、提高', 80, 700), item('一、提高', 80.4, 700.2), item('（一）深化改革。', 112, 676), item('市民化', 144, 700.5)];
    expect(pageLines({ width: 595, height: 842, items }).map((l) => l.text)).toEqual(['一、提高市民化质量', '（一）深化改革。', '－ 3 －']);
  });

  test('a space goes back only between Latin runs', () => {
    const items = [item('PPP', 80, 700), item('模式', 140, 700), item('Public', 200, 680, 10), item('Private', 266, 680, 10)];
    expect(pageLines({ width: 595, height: 842, items }).map((l) => l.text)).toEqual(['PPP模式', 'Public Private']);
  });
});

describe('running heads, footers and page numbers', () => {
  const page = (n: number, body: string[]) => [line(n % 2 ? '陕西省人民政府公报' : '2023年第5期', 800), ...body.map((t, k) => line(t, 700 - 24 * k)), line(`— ${n} —`, n % 2 ? 40 : 41, n % 2 ? 450 : 80)];
  const pages = [1, 2, 3, 4].map((n) => page(n, [`第${n}页正文第一行`, '（一）任务']));

  test('lines recurring in the page bands and page-number patterns go; body lines stay even when they repeat', () => {
    const kept = dropPageFurniture(pages, [842, 842, 842, 842]);
    expect(kept.map((ls) => ls.map((l) => l.text))).toEqual([1, 2, 3, 4].map((n) => [`第${n}页正文第一行`, '（一）任务']));
  });

  test.each(['－ 12 －', '- 3 -', '第 3 页', '第3页 共10页', '3/10', '7'])('%s is a page number even on a single page', (text) => {
    expect(dropPageFurniture([[line('正文', 700), line(text, 30)]], [842])[0]!.map((l) => l.text)).toEqual(['正文']);
  });

  test('a number line in the middle of the page is text', () => {
    expect(dropPageFurniture([[line('正文', 700), line('2025', 400), line('结尾', 380)]], [842])[0]).toHaveLength(3);
  });
});

describe('paragraphs', () => {
  test('wrapped lines join; an indented line, a short line or a gap ends a paragraph, across pages too', () => {
    const full = (t: string) => t.padEnd(25, '字');
    const pages = [
      [line('标题', 760, 250), line(full('　一、总体要求'), 700, 112), line(full('续'), 676), line('完。', 652), line(full('（一）新段'), 628, 112), line(full('接'), 604)],
      [line('下页接续。', 760), line('分隔之后', 680)],
    ];
    const text = joinLines(pages);
    expect(text.split('\n').map((p) => p.slice(0, 8))).toEqual(['标题', '　一、总体要求字', '（一）新段字字字', '分隔之后']);
    expect(text).toContain('字续字');
    expect(text).toContain('字下页接续。');
  });
});
