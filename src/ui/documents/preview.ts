import type { ExtractedDocument, Task } from '../../domain/task.ts';
import type { Lang } from '../../i18n/lang.ts';
import { t, tf } from '../../i18n/strings.ts';
import { h } from '../dom.ts';

/** Tasks listed in a review at most: enough to judge the reading, few enough to render at once. */
const SHOWN = 40;

type Mark = { start: number; end: number; kind: 'department' | 'target' };

/**
 * The tasks a document yields, as the review shows them: label, title, and the task's own text with its
 * responsible bodies and quantitative targets marked, so a reader sees at a glance what was found. Text goes in
 * as text nodes; marks are <mark> elements around them.
 */
export function renderPreview(doc: ExtractedDocument, text: string, lang: Lang): HTMLElement {
  const framing = doc.framing?.length ?? 0;
  const head = h('p', { class: 'review-count' }, tf(lang, 'reviewTasks', { n: doc.tasks.length }), framing ? ` · ${tf(lang, 'reviewFraming', { n: framing })}` : '');
  const key = h(
    'p',
    { class: 'review-key' },
    h('mark', { class: 'mark-department' }, t(lang, 'legendDepartment')),
    ' ',
    h('mark', { class: 'mark-target' }, t(lang, 'legendTarget')),
  );
  const items = doc.tasks.slice(0, SHOWN).map((task) => h('li', {}, h('strong', {}, `${task.label} ${task.title}`), h('p', { class: 'review-text' }, ...marked(task, text))));
  const more = doc.tasks.length > SHOWN ? h('p', { class: 'muted' }, tf(lang, 'reviewMore', { n: doc.tasks.length - SHOWN })) : null;
  // A list that scrolls is a tab stop, so a keyboard can scroll it.
  return h('div', { class: 'review-preview' }, head, key, h('ol', { class: 'review-tasks', tabindex: 0, 'aria-label': head.textContent ?? '' }, ...items), more);
}

/** A task's text from the document, split into plain runs and marked runs. */
function marked(task: Task, text: string): Array<Node | string> {
  const [from, to] = task.span;
  const body = text.slice(from, to);
  const marks: Mark[] = task.targets.map((x) => ({ start: x.span[0] - from, end: x.span[1] - from, kind: 'target' as const }));
  for (const name of task.departments) {
    for (let i = body.indexOf(name); i >= 0 && name; i = body.indexOf(name, i + name.length)) marks.push({ start: i, end: i + name.length, kind: 'department' });
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<Node | string> = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.start < 0 || m.end > body.length) continue;
    if (m.start > at) out.push(body.slice(at, m.start));
    out.push(h('mark', { class: `mark-${m.kind}` }, body.slice(m.start, m.end)));
    at = m.end;
  }
  out.push(body.slice(at));
  return out;
}
