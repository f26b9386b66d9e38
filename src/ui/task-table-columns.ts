import { CATEGORIES, CATEGORY_IDS } from '../domain/categories.ts';
import type { RegionNames } from '../domain/region-names.ts';
import type { Place, Task } from '../domain/task.ts';
import { t, type StringKey } from '../i18n/strings.ts';
import type { TaskColumns } from '../joins/task-columns.ts';
import { indicatorById } from '../indicators/registry.ts';
import { commitmentValue } from '../view/indicator-text.ts';
import { dueDate, formatDeadline, parseDeadline } from '../lib/deadline-period.ts';
import { boundMark, formatQuantity } from '../lib/format-quantity.ts';
import type { Lang } from '../i18n/lang.ts';
import { h } from './dom.ts';

/** What every cell needs: the data, the language, and the documents' short names in it. */
export interface ColumnContext {
  table: TaskColumns;
  names: RegionNames;
  lang: Lang;
  docNames: readonly string[];
}

export type ColumnId = 'document' | 'label' | 'title' | 'categories' | 'departments' | 'places' | 'targets' | 'indicators' | 'deadline';

export interface Column {
  id: ColumnId;
  header: StringKey;
  /** Width in the fixed table layout, as a CSS length. */
  width: string;
  /** The cell's content. All of it is in the DOM (screen readers read it whole); CSS may cut it visually. */
  cell(k: number, ctx: ColumnContext): Array<Node | string>;
  /** What the column sorts by: a number, or a string compared in the language's collation; null sorts last. */
  sortKey(k: number, ctx: ColumnContext): number | string | null;
}

const CATEGORY_LABEL = new Map(CATEGORIES.map((c) => [c.id as string, c]));
const listSep = (lang: Lang) => (lang === 'zh' ? '、' : ', ');

/** The names of a task's places in the language, each once: 富平县、西安都市圈 / Fuping County, Xi'an Metropolitan Area. */
export function placeNames(task: Task, names: RegionNames, lang: Lang): string[] {
  // A town's code is its county's, so its own name is the one to show (it has no English one).
  const one = (p: Place) => (p.kind === 'town' ? p.fullName : (names.name(p.code ?? p.regionId ?? '', lang) ?? p.fullName));
  return [...new Set(task.places.map(one))];
}

/** The earliest deadline of a task's targets and dated commitments, and whether it is only the plan's year. */
export function earliestDeadline(task: Task): { deadline: string; inferred: boolean; due: number } | null {
  let best: { deadline: string; inferred: boolean; due: number } | null = null;
  const consider = (deadline: string | null, inferred: boolean) => {
    const p = deadline ? parseDeadline(deadline) : null;
    if (!deadline || !p) return;
    const due = dueDate(p).getTime();
    // On the same day, a deadline worded in the text wins over one inferred from the plan year.
    if (!best || due < best.due || (due === best.due && best.inferred && !inferred)) best = { deadline, inferred, due };
  };
  for (const x of task.targets) consider(x.deadline, x.deadlineSource === 'document');
  for (const m of task.deadlines) consider(m.deadline, false);
  return best;
}

const task = (k: number, ctx: ColumnContext) => ctx.table.tasks[k]!;

/** The indicators a task's targets measure, each with its value in the indicator's unit, in the targets' order. */
function indicatorsOf(task: Task, lang: Lang): string[] {
  return task.targets.flatMap((x) => {
    const indicator = x.indicator && indicatorById(x.indicator.id);
    if (!x.indicator || !indicator) return [];
    return [`${indicator[lang]} ${commitmentValue(indicator, { ...x.indicator, bound: x.bound, approx: x.approx }, lang)}`];
  });
}
const joinedOrNull = (xs: string[], sep: string) => (xs.length ? xs.join(sep) : null);

export const COLUMNS: readonly Column[] = [
  {
    id: 'document',
    header: 'colDocument',
    width: '9em',
    cell: (k, ctx) => [ctx.docNames[ctx.table.docOf[k]!]!],
    sortKey: (k, ctx) => ctx.table.docOf[k]!,
  },
  {
    id: 'label',
    header: 'colLabel',
    width: '4.5em',
    cell: (k, ctx) => [task(k, ctx).label],
    // (12) and 12. by their number, so (10) comes after (9).
    sortKey: (k, ctx) => {
      const m = /\d+/.exec(task(k, ctx).label);
      return m ? Number(m[0]) : null;
    },
  },
  {
    id: 'title',
    header: 'colTitle',
    width: '22em',
    cell: (k, ctx) => [task(k, ctx).title.trim()],
    sortKey: (k, ctx) => task(k, ctx).title.trim() || null,
  },
  {
    id: 'categories',
    header: 'colCategories',
    width: '12em',
    cell: (k, ctx) => [task(k, ctx).categories.map((c) => CATEGORY_LABEL.get(c)![ctx.lang]).join(listSep(ctx.lang))],
    // By the first category, in the fixed order of the filter bar and legend.
    sortKey: (k, ctx) => {
      const first = task(k, ctx).categories[0];
      return first ? CATEGORY_IDS.indexOf(first) : null;
    },
  },
  {
    id: 'departments',
    header: 'colDepartments',
    width: '12em',
    cell: (k, ctx) => [task(k, ctx).departments.join('、')],
    sortKey: (k, ctx) => joinedOrNull(task(k, ctx).departments, '、'),
  },
  {
    id: 'places',
    header: 'colPlaces',
    width: '10em',
    cell: (k, ctx) => [placeNames(task(k, ctx), ctx.names, ctx.lang).join(listSep(ctx.lang))],
    sortKey: (k, ctx) => joinedOrNull(placeNames(task(k, ctx), ctx.names, ctx.lang), listSep(ctx.lang)),
  },
  {
    id: 'targets',
    header: 'colTargets',
    width: '9em',
    cell: (k, ctx) => {
      const targets = task(k, ctx).targets;
      const first = targets[0];
      if (!first) return [];
      return [h('span', { class: 'target-count' }, String(targets.length)), ` · ${boundMark(first)}${formatQuantity(first.value, first.unit, ctx.lang, first.max)}`];
    },
    sortKey: (k, ctx) => task(k, ctx).targets.length,
  },
  {
    id: 'indicators',
    header: 'colIndicators',
    width: '11em',
    // Each indicator a target measures, with the value in the indicator's unit (农民工补贴性培训 20万 人次).
    cell: (k, ctx) => [indicatorsOf(task(k, ctx), ctx.lang).join(t(ctx.lang, 'indicatorListSeparator'))],
    sortKey: (k, ctx) => indicatorsOf(task(k, ctx), ctx.lang)[0] ?? null,
  },
  {
    id: 'deadline',
    header: 'colEarliestDeadline',
    width: '8.5em',
    cell: (k, ctx) => {
      const d = earliestDeadline(task(k, ctx));
      if (!d) return [];
      const text = formatDeadline(d.deadline, ctx.lang);
      if (!d.inferred) return [text];
      return [text, h('span', { 'aria-hidden': 'true', class: 'dagger' }, '†'), h('span', { class: 'visually-hidden' }, ` (${t(ctx.lang, 'panelInferred')})`)];
    },
    sortKey: (k, ctx) => earliestDeadline(task(k, ctx))?.due ?? null,
  },
];
