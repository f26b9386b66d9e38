import type { Cascade, LinkedTask } from '../cascade/queries.ts';
import { documentRegion, upperRegions } from '../cascade/scope.ts';
import { ancestorsOf } from '../domain/admin-code.ts';
import type { ExtractedDocument, Task } from '../domain/task.ts';
import type { Lang } from '../i18n/lang.ts';
import { t, tf } from '../i18n/strings.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import type { TaskMask } from '../joins/filter-tasks.ts';
import { taskIndex } from '../joins/task-index.ts';
import { documentShortName } from '../view/document-names.ts';
import { fill, h } from './dom.ts';

export interface TakeUpInput {
  lang: Lang;
  data: AtlasData;
  cascade: Cascade;
  /** The panel's region: an admin code (a composite has no documents of its own). */
  region: string;
  /** The tasks the filters keep: the cascade view's line counts only those, as the map does. */
  kept: TaskMask;
  /** The cascade view's upper task, if it is on. */
  cascadeTask: string | null;
  /** Opens a task's link view. */
  open: (taskId: string, button: HTMLButtonElement) => void;
}

/**
 * The region panel's take-up section, for a region with documents of its own: "陕西 2023 carries out 22 of the 28
 * tasks of 国家 2022", with the ones it leaves out (and those it carries out) listed, for each of its documents and
 * each document above it; and, in the cascade view, which of its tasks (or of regions within it) carry out the
 * chosen task. Hidden for a region with nothing to say.
 */
export function createTakeUpSection(id: string) {
  const title = h('h3', { id: `${id}-takeup`, tabindex: -1 });
  const body = h('div', { class: 'panel-section-body' });
  const el = h('section', { class: 'panel-takeup', 'aria-labelledby': title.id, hidden: true }, title, body);

  function render(o: TakeUpInput | null): void {
    const parts = o ? [cascadeLine(o), ...ownDocuments(o.data, o.region).flatMap((doc) => takeUpLines(o, doc))].filter((x): x is HTMLElement => x !== null) : [];
    el.hidden = parts.length === 0;
    if (!o || el.hidden) return body.replaceChildren();
    title.textContent = t(o.lang, 'takeUpTitle');
    fill(body, ...parts);
  }

  return { el, render };
}

const ownDocuments = (data: AtlasData, region: string) => data.table.documents.filter((d) => documentRegion(d) === region);

/** The documents a document may carry out: of the regions containing its own, not issued in a later year. */
function upperDocuments(data: AtlasData, doc: ExtractedDocument): ExtractedDocument[] {
  const regions = upperRegions(documentRegion(doc));
  const year = doc.document.year;
  return data.table.documents.filter((d) => {
    const r = documentRegion(d);
    return r !== null && regions.includes(r) && (year === null || d.document.year === null || d.document.year <= year);
  });
}

function taskButton(o: TakeUpInput, task: Task, text: string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'takeup-task', 'data-task-id': task.id, lang: 'zh-CN' }, text);
  button.addEventListener('click', () => o.open(task.id, button));
  return button;
}

const docName = (o: TakeUpInput, id: string | null) => documentShortName(o.data.table, o.data.names, o.lang, id);
const label = (task: Task) => `${task.label} ${task.title.trim()}`;

/** One line per document above: how many of its tasks the region's document carries out, and the lists. */
function takeUpLines(o: TakeUpInput, doc: ExtractedDocument): HTMLElement[] {
  return upperDocuments(o.data, doc).map((upper) => {
    const x = o.cascade.takeUp({ document: doc.document.id ?? '' }, upper.document.id ?? '');
    const vars = { lower: docName(o, doc.document.id), upper: docName(o, upper.document.id), n: x.carried.length, total: x.total };
    const lowerLabels = (by: LinkedTask[]) => by.map((b) => b.task.label).join('');
    return h(
      'div',
      { class: 'takeup', 'data-lower': doc.document.id, 'data-upper': upper.document.id },
      h('p', { class: 'takeup-line' }, tf(o.lang, 'takeUpLine', vars)),
      x.leftOut.length
        ? h('details', { class: 'takeup-left-out' }, h('summary', {}, tf(o.lang, 'takeUpLeftOut', { n: x.leftOut.length })), h('ol', {}, ...x.leftOut.map((task) => h('li', {}, taskButton(o, task, label(task))))))
        : null,
      x.carried.length
        ? h(
            'details',
            { class: 'takeup-carried' },
            h('summary', {}, tf(o.lang, 'takeUpCarried', { n: x.carried.length })),
            h('ol', {}, ...x.carried.map((c) => h('li', {}, taskButton(o, c.upper, label(c.upper)), h('span', { class: 'muted' }, ` ← ${lowerLabels(c.by)}`)))),
          )
        : null,
    );
  });
}

/** In the cascade view: the kept tasks of the region's documents, or of regions within it, carrying the task out. */
function cascadeLine(o: TakeUpInput): HTMLElement | null {
  if (o.cascadeTask === null) return null;
  const k = taskIndex(o.data.table, o.cascadeTask);
  if (k === undefined) return null;
  const upper = o.data.table.tasks[k]!;
  const name = `${docName(o, o.data.table.documents[o.data.table.docOf[k]!]!.document.id)} ${label(upper)}`;
  const inside = (region: string) => region === o.region || ancestorsOf(region).includes(o.region);
  const carrying = o.cascade
    .downward(o.cascadeTask)
    .filter((g) => inside(g.region))
    .flatMap((g) => g.tasks)
    .filter((x) => o.kept.mask[taskIndex(o.data.table, x.task.id) ?? -1] === 1);
  if (carrying.length === 0) {
    return ownDocuments(o.data, o.region).length ? h('p', { class: 'takeup-cascade' }, tf(o.lang, 'takeUpCascadeNone', { task: name })) : null;
  }
  return h(
    'div',
    { class: 'takeup-cascade' },
    h('p', {}, tf(o.lang, 'takeUpCascade', { task: name })),
    h('ol', {}, ...carrying.map((x) => h('li', {}, taskButton(o, x.task, `${docName(o, x.document.id)} ${label(x.task)}`)))),
  );
}
