import { t, tf } from '../i18n/strings.ts';
import { describeStep } from '../present/describe-step.ts';
import type { AppState } from '../state/store.ts';
import { h } from './dom.ts';

export type PresentationBar = ReturnType<typeof presentationBar>;

/** The bar over the map while presenting: previous, the caption ("3 / 7", the keys, the step's title), next, leave. */
export function presentationBar() {
  const prev = h('button', { type: 'button', class: 'present-prev' }, '‹');
  const next = h('button', { type: 'button', class: 'present-next' }, '›');
  const exit = h('button', { type: 'button', class: 'present-exit' }, '×');
  const title = h('h2', { class: 'present-title' });
  const count = h('span', { class: 'present-count' });
  const keys = h('span', { class: 'present-keys', 'aria-hidden': 'true' });
  const caption = h('div', { class: 'present-caption', 'aria-live': 'polite', 'aria-atomic': 'true' }, h('p', { class: 'present-meta' }, count, keys), title);
  const bar = h('section', { class: 'present-bar', hidden: true, tabindex: -1 }, prev, caption, next, exit);
  return { bar, prev, next, exit, title, count, keys };
}

/** Shows step `i` of `s.steps` in the bar, in the interface language, with the buttons that lead nowhere disabled. */
export function showStep(p: PresentationBar, s: AppState, i: number): void {
  const { bar, prev, next, exit, title, count, keys } = p;
  const lang = s.lang;
  const step = s.steps[i]!;
  bar.setAttribute('aria-label', t(lang, 'presentRegion'));
  bar.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
  // The title is the presenter's text, shown as text; an untitled step is described by its view.
  title.textContent = step.title.trim() || describeStep(step.view, s.data, lang);
  count.textContent = `${i + 1} / ${s.steps.length}`;
  count.setAttribute('aria-label', tf(lang, 'presentPosition', { n: i + 1, total: s.steps.length }));
  keys.textContent = t(lang, 'presentKeys');
  for (const [b, key] of [
    [prev, 'presentPrev'],
    [next, 'presentNext'],
    [exit, 'presentExit'],
  ] as const) {
    b.setAttribute('aria-label', t(lang, key));
    b.title = t(lang, key);
  }
  prev.disabled = i === 0;
  next.disabled = i === s.steps.length - 1;
  // A button that just became disabled drops focus to the page: keep it in the bar.
  if (document.activeElement === prev && prev.disabled) (next.disabled ? bar : next).focus();
  if (document.activeElement === next && next.disabled) (prev.disabled ? bar : prev).focus();
}
