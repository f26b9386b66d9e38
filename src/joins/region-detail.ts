import { CATEGORY_IDS, type CategoryId } from '../domain/categories.ts';
import type { ExtractedDocument, Section, Target, Task } from '../domain/task.ts';
import type { TaskMask } from './filter-tasks.ts';
import type { TaskColumns } from './task-columns.ts';

export interface DocumentGroup {
  document: ExtractedDocument['document'];
  sections: Array<{ section: Section | null; tasks: Task[] }>;
}

export interface TargetRow {
  target: Target;
  task: Task;
  documentId: string;
}

export interface DeadlineRow {
  deadline: string;
  kind: 'target' | 'milestone';
  /** A target's deadline that its wording does not give: the year of the annual plan it is in. */
  inferred: boolean;
  text: string;
  task: Task;
}

/** What is asked of one region, by whom, by when: the panel's content. */
export interface RegionDetail {
  key: string;
  /** Tasks the filters keep. */
  count: number;
  /** Tasks that count for the region before any filter. */
  total: number;
  byDocument: DocumentGroup[];
  targets: TargetRow[];
  departments: Array<{ name: string; count: number }>;
  categories: Array<{ id: CategoryId; count: number }>;
  deadlines: DeadlineRow[];
}

/** The kept tasks of one region (null when no task counts for it). */
export function regionDetail(table: TaskColumns, kept: TaskMask, key: string, expanded: boolean): RegionDetail {
  const rows = expanded ? table.expanded : table.direct;
  const r = table.regionIndex.get(key);
  const indices = r === undefined ? [] : [...rows.tasks.subarray(rows.byRegion[r]!, rows.byRegion[r + 1]!)].filter((k) => kept.mask[k]);

  const groups = new Map<number, Map<number, Task[]>>();
  const targets: TargetRow[] = [];
  const deadlines: DeadlineRow[] = [];
  const departments = new Map<string, number>();
  const categories = new Map<CategoryId, number>();
  for (const k of indices) {
    const task = table.tasks[k]!;
    const d = table.docOf[k]!;
    const doc = table.documents[d]!;
    const bySection = groups.get(d) ?? new Map<number, Task[]>();
    groups.set(d, bySection);
    bySection.set(task.sectionSeq, [...(bySection.get(task.sectionSeq) ?? []), task]);
    for (const target of task.targets) {
      targets.push({ target, task, documentId: doc.document.id ?? '' });
      if (target.deadline) deadlines.push({ deadline: target.deadline, kind: 'target', inferred: target.deadlineSource === 'document', text: target.text, task });
    }
    for (const m of task.deadlines) {
      if (!task.targets.some((t) => t.deadline === m.deadline && t.deadlineSource === 'text')) deadlines.push({ deadline: m.deadline, kind: 'milestone', inferred: false, text: m.text, task });
    }
    for (const name of task.departments) departments.set(name, (departments.get(name) ?? 0) + 1);
    for (const c of task.categories) categories.set(c, (categories.get(c) ?? 0) + 1);
  }

  const byDocument: DocumentGroup[] = [...groups.entries()].map(([d, bySection]) => {
    const doc = table.documents[d]!;
    return {
      document: doc.document,
      sections: [...bySection.entries()].map(([seq, tasks]) => ({ section: doc.sections.find((s) => s.seq === seq) ?? null, tasks })),
    };
  });
  return {
    key,
    count: indices.length,
    total: r === undefined ? 0 : rows.byRegion[r + 1]! - rows.byRegion[r]!,
    byDocument,
    targets,
    departments: [...departments.entries()].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh')),
    categories: CATEGORY_IDS.map((id) => ({ id, count: categories.get(id) ?? 0 })).filter((c) => c.count > 0),
    deadlines: deadlines.sort((a, b) => a.deadline.localeCompare(b.deadline)),
  };
}
