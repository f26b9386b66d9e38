import { CATEGORIES } from '../domain/categories.ts';
import type { Place, Target } from '../domain/task.ts';
import type { TaskColumns } from '../joins/task-columns.ts';
import type { Lang } from '../i18n/lang.ts';
import { indicatorById } from '../indicators/registry.ts';
import { boundMark } from '../lib/format-quantity.ts';
import { toCsv } from './csv.ts';

/** The columns, in order, with their headers. Cell values do not depend on the language; only the headers do. */
const COLUMNS: ReadonlyArray<{ zh: string; en: string }> = [
  { zh: '文件编号', en: 'Document ID' },
  { zh: '文件标题', en: 'Document title' },
  { zh: '发文单位', en: 'Issuer' },
  { zh: '文件层级', en: 'Level' },
  { zh: '任务编号', en: 'Task ID' },
  { zh: '序号', en: 'Label' },
  { zh: '章节', en: 'Section' },
  { zh: '标题', en: 'Title' },
  { zh: '类别', en: 'Categories' },
  { zh: '责任部门', en: 'Departments' },
  { zh: '地区', en: 'Places' },
  { zh: '量化目标（数值 单位 期限；†为按年度推定）', en: 'Targets (value unit deadline; † = year of the annual plan)' },
  { zh: '任务原文', en: 'Task text' },
  { zh: '指标（名称 编号）', en: 'Indicators (name id)' },
  { zh: '指标值（按指标单位：数值 单位 期限）', en: "Indicator values (in the indicator's unit: value unit deadline)" },
  { zh: '落实的上级任务编号', en: 'Upper tasks carried out (IDs)' },
];

/** Several values in one cell. A semicolon, since the Chinese values themselves contain 、 and commas. */
const LIST = '; ';

const CATEGORY_ZH = new Map<string, string>(CATEGORIES.map((c) => [c.id, c.zh]));

/** 户籍与市民化 (hukou): the label analysts read, and the id that survives a relabelling. */
function category(id: string): string {
  return `${CATEGORY_ZH.get(id) ?? id} (${id})`;
}

/** 富平县 (610528), 华阳镇 (610723102), 西安都市圈 (xian-metro). */
function place(p: Place): string {
  const id = p.townCode ?? p.code ?? p.regionId ?? '';
  return id ? `${p.fullName} (${id})` : p.fullName;
}

/** ≥92 % 2025, 1-2 个 2025, 8635 座 2023† : the raw number (not 20万), so a spreadsheet can read it. */
function target(x: Target): string {
  const value = x.max !== undefined && x.max !== x.value ? `${x.value}-${x.max}` : String(x.value);
  const deadline = x.deadline ? `${x.deadline}${x.deadlineSource === 'document' ? '†' : ''}` : '';
  return [`${boundMark(x)}${value}`, x.unit, deadline].filter(Boolean).join(' ');
}

/** 6000000 人次 2022: a target's value converted to its indicator's unit (万人次 → 人次), raw for a spreadsheet. */
function indicatorValue(x: Target & { indicator: NonNullable<Target['indicator']> }): string {
  const { value, max, unit } = x.indicator;
  const v = max !== undefined && max !== value ? `${value}-${max}` : String(value);
  const deadline = x.deadline ? `${x.deadline}${x.deadlineSource === 'document' ? '†' : ''}` : '';
  return [`${boundMark(x)}${v}`, unit, deadline].filter(Boolean).join(' ');
}

/**
 * The given tasks (indices into the table, in the order given) as CSV text for Excel: UTF-8 with a BOM,
 * RFC 4180 quoting, CRLF, formula-looking cells defused (see csv.ts). One record per task.
 * @param lang language of the header row only @default 'zh'
 * @param upperIds the ids of the upper tasks a task carries out, strongest first (Cascade.upperIds); empty
 *   cells when the links are not there
 */
export function tasksCsv(table: TaskColumns, rows: ArrayLike<number>, lang: Lang = 'zh', upperIds: (taskId: string) => readonly string[] = () => []): string {
  const records: Array<Array<string | number>> = [COLUMNS.map((c) => c[lang])];
  for (let i = 0; i < rows.length; i++) {
    const k = rows[i]!;
    const task = table.tasks[k]!;
    const doc = table.documents[table.docOf[k]!]!;
    const section = doc.sections.find((s) => s.seq === task.sectionSeq);
    // Targets that measure an indicator, in the targets' order: the two indicator columns line up item by item.
    const measured = task.targets.filter((x): x is Target & { indicator: NonNullable<Target['indicator']> } => x.indicator !== undefined);
    records.push([
      doc.document.id ?? '',
      doc.document.title,
      doc.document.issuer ?? '',
      doc.document.level ?? '',
      task.id,
      task.label,
      section?.title ?? '',
      task.title.trim(),
      task.categories.map(category).join(LIST),
      task.departments.join(LIST),
      task.places.map(place).join(LIST),
      task.targets.map(target).join(LIST),
      task.text,
      measured.map(({ indicator }) => `${indicatorById(indicator.id)?.zh ?? ''} (${indicator.id})`.trim()).join(LIST),
      measured.map(indicatorValue).join(LIST),
      upperIds(task.id).join(LIST),
    ]);
  }
  return toCsv(records);
}
