import { sourceKeyOf } from '../io/document-text.ts';
import type { Task } from '../domain/task.ts';
import { t, tf } from '../i18n/strings.ts';
import type { DocumentGroup } from '../joins/region-detail.ts';
import type { Lang } from '../i18n/lang.ts';
import { h } from './dom.ts';

export interface TaskGroupsOptions {
  lang: Lang;
  /** Called with the task, its document and the button pressed, to open the source text. */
  onSource: (task: Task, document: DocumentGroup['document'], button: HTMLButtonElement) => void;
  /** The policy cascade, once its links are in: how many tasks each task carries out and is carried out by. */
  links?: {
    counts: (taskId: string) => { up: number; down: number };
    /** Opens the task's link view. */
    open: (task: Task, button: HTMLButtonElement) => void;
  } | null;
}

/** Tasks under their document (title, issuer, date, number), then under their section, each with its bodies. */
export function renderTaskGroups(groups: DocumentGroup[], opts: TaskGroupsOptions): HTMLElement {
  const { lang } = opts;
  return h(
    'div',
    { class: 'task-groups' },
    ...groups.map((g) => {
      const doc = g.document;
      const meta = [doc.issuer, doc.date, doc.docNumber].filter((x): x is string => Boolean(x));
      return h(
        'section',
        { class: 'doc-group', lang: 'zh-CN' },
        h('h4', { class: 'doc-title' }, doc.title),
        meta.length ? h('p', { class: 'doc-meta' }, meta.join(' · ')) : null,
        ...g.sections.map((s) =>
          h(
            'section',
            { class: 'section-group' },
            h('h5', { class: 'section-title' }, s.section?.title ?? t(lang, 'panelOtherSection')),
            h('ol', { class: 'task-list' }, ...s.tasks.map((task) => renderTask(task, doc, opts))),
          ),
        ),
      );
    }),
  );
}

function renderTask(task: Task, doc: DocumentGroup['document'], { lang, onSource, links }: TaskGroupsOptions): HTMLLIElement {
  const title = task.title.trim();
  const button = h(
    'button',
    {
      type: 'button',
      class: 'source-button',
      // The visible text is the same on every task; the name says which task's source it opens.
      'aria-label': `${t(lang, 'showSource')}: ${task.label} ${title}`,
      disabled: !sourceKeyOf(doc),
      title: sourceKeyOf(doc) ? null : t(lang, 'sourceUnavailable'),
    },
    t(lang, 'showSource'),
  );
  button.addEventListener('click', () => onSource(task, doc, button));
  return h(
    'li',
    { class: 'task', 'data-task-id': task.id },
    h('p', { class: 'task-title' }, h('span', { class: 'task-label' }, task.label), ' ', title),
    task.departments.length
      ? h(
          'p',
          { class: 'task-departments' },
          h('span', { class: 'muted', lang }, `${t(lang, 'colDepartments')}${lang === 'zh' ? '：' : ': '}`),
          task.departments.join('、'),
        )
      : null,
    h('div', { class: 'task-actions' }, button, links ? linksButton(task, lang, links) : null),
  );
}

/** "↑ 2 · ↓ 3": what the task carries out and what carries it out, opening its link view. */
function linksButton(task: Task, lang: Lang, links: NonNullable<TaskGroupsOptions['links']>): HTMLButtonElement {
  const { up, down } = links.counts(task.id);
  const vars = { up, down, task: `${task.label} ${task.title.trim()}` };
  const button = h('button', { type: 'button', class: 'links-button', 'aria-label': tf(lang, 'linksButtonLabel', vars), title: t(lang, 'linksTitle') }, tf(lang, 'linksButton', vars));
  button.addEventListener('click', () => links.open(task, button));
  return button;
}
