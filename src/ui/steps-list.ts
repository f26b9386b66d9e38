import { t, tf } from '../i18n/strings.ts';
import type { Lang } from '../i18n/lang.ts';
import type { AppState } from '../state/store.ts';
import { h } from './dom.ts';

/** A control of a step in the list: the step's index and the control's role (title, play, up, down, remove). */
export interface StepControl {
  index: number;
  role: string;
}

/** What a step's controls do. */
export interface StepActions {
  rename(i: number, title: string): void;
  startAt(i: number): void;
  move(from: number, to: number, role: string): void;
  remove(i: number): void;
}

export interface StepItem {
  /** The dialog's id, to derive the description's id from. */
  id: string;
  lang: Lang;
  i: number;
  /** How many steps the list has. */
  count: number;
  title: string;
  /** What the step shows, from its view. */
  description: string;
}

/** One step's list item: its number, its title input with the step described under it, and its buttons. */
export function stepItem({ id, lang, i, count, title, description }: StepItem, actions: StepActions): HTMLLIElement {
  const n = i + 1;
  const descId = `${id}-step-${i}-desc`;
  const input = h('input', {
    type: 'text',
    class: 'step-title',
    maxlength: 120,
    'data-index': i,
    'data-role': 'title',
    'aria-label': tf(lang, 'stepTitleLabel', { n }),
    'aria-describedby': descId,
    placeholder: t(lang, 'stepTitlePlaceholder'),
  });
  input.value = title;
  input.addEventListener('input', () => actions.rename(i, input.value));
  const button = (role: string, label: string, text: string, onClick: () => void, disabled = false) => {
    const b = h('button', { type: 'button', class: `step-${role}`, 'data-index': i, 'data-role': role, 'aria-label': label, title: label, disabled }, text);
    b.addEventListener('click', onClick);
    return b;
  };
  return h(
    'li',
    { class: 'step-item', 'data-index': i },
    h('span', { class: 'step-number', 'aria-hidden': 'true' }, String(n)),
    h('div', { class: 'step-body' }, input, h('p', { class: 'step-desc', id: descId }, description)),
    h(
      'div',
      { class: 'step-actions' },
      button('play', tf(lang, 'stepPresentFrom', { n }), '▶', () => actions.startAt(i)),
      button('up', tf(lang, 'stepUp', { n }), '↑', () => actions.move(i, i - 1, 'up'), i === 0),
      button('down', tf(lang, 'stepDown', { n }), '↓', () => actions.move(i, i + 1, 'down'), i === count - 1),
      button('remove', tf(lang, 'stepRemove', { n }), t(lang, 'stepRemoveShort'), () => actions.remove(i)),
    ),
  );
}

/** Whether the list built from `built` has the same items for `s`: only titles may differ. */
export function sameShape(built: Pick<AppState, 'steps' | 'lang' | 'data'> | null, s: AppState): boolean {
  return built !== null && built.lang === s.lang && built.data === s.data && built.steps.length === s.steps.length && built.steps.every((x, i) => x.view === s.steps[i]!.view);
}

/** Puts the steps' titles in the list's inputs, leaving an input that already holds its title alone. */
export function updateTitles(list: HTMLElement, steps: AppState['steps']): void {
  list.querySelectorAll<HTMLInputElement>('input.step-title').forEach((input, i) => {
    const title = steps[i]?.title ?? '';
    // The input being typed in already holds its title (the state took it from there): untouched.
    if (input.value !== title) input.value = title;
  });
}

/** The step control in `list` that has focus, if one has. */
export function focusedControl(list: HTMLElement): StepControl | null {
  const active = document.activeElement as HTMLElement | null;
  return active && list.contains(active) ? { index: Number(active.dataset.index), role: active.dataset.role ?? '' } : null;
}

/**
 * Focuses `target` in the rebuilt list of `count` steps; a step that is gone hands focus to the remove button of
 * the step now in its place (or the last), and an empty list to `fallback`.
 */
export function focusControl(list: HTMLElement, target: StepControl, count: number, fallback: HTMLElement): void {
  const q = (index: number, role: string) => list.querySelector<HTMLElement>(`[data-index="${index}"][data-role="${role}"]`);
  let el = q(target.index, target.role) ?? q(Math.min(target.index, count - 1), 'remove') ?? fallback;
  // A move button at either end of the list is disabled: its step's title instead.
  if (el instanceof HTMLButtonElement && el.disabled) el = q(target.index, 'title') ?? fallback;
  el.focus();
}
