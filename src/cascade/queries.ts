import type { DocumentLevel } from '../domain/document.ts';
import type { ExtractedDocument, Task } from '../domain/task.ts';
import { documentRegion } from './scope.ts';
import type { Link } from './types.ts';

/** A task at the other end of a link, with its document. */
export interface LinkedTask {
  link: Link;
  task: Task;
  document: ExtractedDocument['document'];
}

/** The lower tasks of one region that carry out a task. */
export interface RegionLinks {
  /** The lower documents' region code (China's 100000 never occurs: nothing is above it). */
  region: string;
  tasks: LinkedTask[];
}

/** Where a task is carried out: for the map. */
export interface Coverage {
  /** Region code → how many of its tasks carry the task out, and in which of its documents. */
  regions: Map<string, { tasks: number; documents: string[] }>;
  /** Composite region id → how many carrying tasks name it (西安都市圈 in 陕西's 都市圈 task). */
  composites: Map<string, number>;
}

/** How much of an upper document a region's documents (or one document) take up. */
export interface TakeUp {
  upperDocument: string;
  /** Tasks of the upper document. */
  total: number;
  /** Its tasks carried out, in document order, with the lower tasks that do. */
  carried: Array<{ upper: Task; by: LinkedTask[] }>;
  /** Its tasks nothing carries out, in document order. */
  leftOut: Task[];
}

const byScore = (a: LinkedTask, b: LinkedTask) => b.link.score - a.link.score;

/** Answers the cascade's questions over documents and their links (linkDocuments or data/links.json). */
export class Cascade {
  private readonly tasks = new Map<string, { task: Task; doc: ExtractedDocument }>();
  private readonly up = new Map<string, Link[]>();
  private readonly down = new Map<string, Link[]>();
  private readonly docs = new Map<string, ExtractedDocument>();

  constructor(documents: readonly ExtractedDocument[], links: readonly Link[]) {
    for (const doc of documents) {
      if (doc.document.id !== null) this.docs.set(doc.document.id, doc);
      for (const task of doc.tasks) this.tasks.set(task.id, { task, doc });
    }
    for (const link of links) {
      if (!this.tasks.has(link.lower) || !this.tasks.has(link.upper)) continue;
      push(this.up, link.lower, link);
      push(this.down, link.upper, link);
    }
  }

  private linked(link: Link, id: string): LinkedTask {
    const { task, doc } = this.tasks.get(id)!;
    return { link, task, document: doc.document };
  }

  /** The link from one task to another, if any. */
  link(lower: string, upper: string): Link | undefined {
    return this.up.get(lower)?.find((k) => k.upper === upper);
  }

  /** "Carries out ↑": the upper tasks a task carries out, strongest first. */
  upward(taskId: string): LinkedTask[] {
    return (this.up.get(taskId) ?? []).map((k) => this.linked(k, k.upper)).sort(byScore);
  }

  /** Upper task ids of a task, strongest first (a CSV column). */
  upperIds(taskId: string): string[] {
    return this.upward(taskId).map((x) => x.task.id);
  }

  /**
   * "Carried out by ↓": the lower tasks carrying out a task, by region; regions in order of their strongest
   * link, tasks strongest first.
   */
  downward(taskId: string): RegionLinks[] {
    const groups = new Map<string, LinkedTask[]>();
    for (const k of this.down.get(taskId) ?? []) {
      const lower = this.linked(k, k.lower);
      const region = documentRegion(this.tasks.get(k.lower)!.doc);
      if (region !== null) push(groups, region, lower);
    }
    const out = [...groups].map(([region, tasks]) => ({ region, tasks: tasks.sort(byScore) }));
    return out.sort((a, b) => b.tasks[0]!.link.score - a.tasks[0]!.link.score || a.region.localeCompare(b.region));
  }

  /** For a chosen upper task: which regions carry it out, by how many tasks, and the composites they name. */
  coverage(upperTaskId: string): Coverage {
    const regions = new Map<string, { tasks: number; documents: string[] }>();
    const composites = new Map<string, number>();
    for (const group of this.downward(upperTaskId)) {
      const documents = [...new Set(group.tasks.map((t) => t.document.id).filter((id) => id !== null))];
      regions.set(group.region, { tasks: group.tasks.length, documents });
      for (const { task } of group.tasks) {
        for (const id of new Set(task.places.map((p) => p.regionId).filter((x) => typeof x === 'string'))) {
          composites.set(id, (composites.get(id) ?? 0) + 1);
        }
      }
    }
    return { regions, composites };
  }

  /**
   * How much of an upper document is carried out by one lower document, or by every document of a region:
   * "陕西 2023 carries out N of the 28 national tasks", and the ones it leaves out.
   */
  takeUp(by: { document: string } | { region: string }, upperDocumentId: string): TakeUp {
    const upper = this.docs.get(upperDocumentId);
    if (!upper) throw new Error(`takeUp: no document ${upperDocumentId}`);
    const from = (doc: ExtractedDocument) =>
      'document' in by ? doc.document.id === by.document : documentRegion(doc) === by.region;
    const carried: TakeUp['carried'] = [];
    const leftOut: Task[] = [];
    for (const task of upper.tasks) {
      const lower = (this.down.get(task.id) ?? []).filter((k) => from(this.tasks.get(k.lower)!.doc)).map((k) => this.linked(k, k.lower));
      if (lower.length > 0) carried.push({ upper: task, by: lower.sort(byScore) });
      else leftOut.push(task);
    }
    return { upperDocument: upperDocumentId, total: upper.tasks.length, carried, leftOut };
  }

  /** Tasks of an upper document that no document of the given level carries out ("national tasks no province takes up"). */
  untaken(upperDocumentId: string, level: DocumentLevel = 'province'): Task[] {
    const upper = this.docs.get(upperDocumentId);
    if (!upper) throw new Error(`untaken: no document ${upperDocumentId}`);
    return upper.tasks.filter((t) => !(this.down.get(t.id) ?? []).some((k) => this.tasks.get(k.lower)!.doc.document.level === level));
  }

  /** Ids of the tasks that carry out a task of a document of the given level ("only tasks that carry out a national task"). */
  carryingOut(level: DocumentLevel = 'national'): Set<string> {
    const out = new Set<string>();
    for (const [lower, links] of this.up) if (links.some((k) => this.tasks.get(k.upper)!.doc.document.level === level)) out.add(lower);
    return out;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
