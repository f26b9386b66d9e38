import { t, tf, type StringKey } from '../i18n/strings.ts';
import { describeStep } from '../present/describe-step.ts';
import { MAX_STEPS } from '../present/steps.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { dialogFrame } from './dialog-frame.ts';
import { fill, h } from './dom.ts';

export interface StepsDialogOptions {
  /** Starts presenting at step `index` (src/ui/presentation.ts), with focus to return to afterwards. */
  onStart: (index: number, returnFocusTo: HTMLElement | null) => void;
  /** Where the <dialog> lives. @default document.body */
  parent?: HTMLElement;
}

/**
 * The 演示 dialog: the steps of a presentation as a numbered list. Add the current view, title a step (plain text,
 * shown as text), move it up or down, remove it, and start presenting from the first step or any other. Reads the
 * store and writes through its actions; the steps are persisted by src/state/subscribers/steps-persist.ts.
 *
 * The list is rebuilt when steps are added, moved or removed; focus is put back on the same control of the same
 * step (following a step that moved), so keyboard users keep their place while reordering. Typing a title does
 * not rebuild it.
 */
export function createStepsDialog(store: AppStore, opts: StepsDialogOptions) {
  // Starting a presentation hands focus to it instead of the 演示 button.
  const frame = dialogFrame('steps', { parent: opts.parent, restoreFocus: () => store.getState().step === null });
  const { id, dialog, heading } = frame;
  const hint = h('p', { class: 'steps-hint', id: `${id}-hint` });
  dialog.setAttribute('aria-describedby', hint.id);
  const list = h('ol', { class: 'steps-list' });
  const empty = h('p', { class: 'steps-empty' });
  const add = h('button', { type: 'button', class: 'step-add' });
  const start = h('button', { type: 'button', class: 'steps-start' });
  const status = h('p', { class: 'steps-status', role: 'status', 'aria-live': 'polite' });
  dialog.append(hint, list, empty, h('footer', { class: 'steps-foot' }, add, status, h('span', { class: 'spacer' }), start));

  /** What the list was last built from. */
  let built: Pick<AppState, 'steps' | 'lang' | 'data'> | null = null;
  /** The control to focus after the next rebuild: which step and which of its controls. */
  let focusNext: { index: number; role: string } | null = null;

  function render(s: AppState): void {
    const lang = s.lang;
    const text = (el: HTMLElement, key: StringKey) => (el.textContent = t(lang, key));
    frame.localize(lang);
    text(heading, 'stepsTitle');
    text(hint, 'stepsHint');
    text(empty, 'stepsEmpty');
    text(add, 'stepAdd');
    text(start, 'stepsStart');
    list.setAttribute('aria-label', t(lang, 'stepsList'));
    add.disabled = s.steps.length >= MAX_STEPS;
    add.title = add.disabled ? tf(lang, 'stepsFull', { n: MAX_STEPS }) : '';
    start.disabled = s.steps.length === 0;
    empty.hidden = s.steps.length > 0;

    // A title being typed only changes that title: leave the list alone, or an IME composition (pinyin) would
    // be cut off by a rebuilt input. Other inputs take the new text in place.
    const sameShape = built !== null && built.lang === lang && built.data === s.data && built.steps.length === s.steps.length && built.steps.every((x, i) => x.view === s.steps[i]!.view);
    built = { steps: s.steps, lang, data: s.data };
    if (sameShape && !focusNext) {
      list.querySelectorAll<HTMLInputElement>('input.step-title').forEach((input, i) => {
        const title = s.steps[i]?.title ?? '';
        // The input being typed in already holds its title (the state took it from there): untouched.
        if (input.value !== title) input.value = title;
      });
      return;
    }

    // Where focus is now, to put it back on the rebuilt control.
    const active = document.activeElement as HTMLElement | null;
    const at = active && list.contains(active) ? { index: Number(active.dataset.index), role: active.dataset.role ?? '' } : null;
    const target = focusNext ?? at;
    focusNext = null;

    fill(list, ...s.steps.map((step, i) => item(s, i, step.title, describeStep(step.view, s.data, lang))));
    if (target) {
      const q = (index: number, role: string) => list.querySelector<HTMLElement>(`[data-index="${index}"][data-role="${role}"]`);
      let el = q(target.index, target.role) ?? q(Math.min(target.index, s.steps.length - 1), 'remove') ?? add;
      // A move button at either end of the list is disabled: its step's title instead.
      if (el instanceof HTMLButtonElement && el.disabled) el = q(target.index, 'title') ?? add;
      el.focus();
    }
  }

  function item(s: AppState, i: number, title: string, description: string): HTMLLIElement {
    const lang = s.lang;
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
    input.addEventListener('input', () => store.getState().renameStep(i, input.value));
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
        button('play', tf(lang, 'stepPresentFrom', { n }), '▶', () => startAt(i)),
        button('up', tf(lang, 'stepUp', { n }), '↑', () => move(i, i - 1, 'up'), i === 0),
        button('down', tf(lang, 'stepDown', { n }), '↓', () => move(i, i + 1, 'down'), i === s.steps.length - 1),
        button('remove', tf(lang, 'stepRemove', { n }), t(lang, 'stepRemoveShort'), () => remove(i)),
      ),
    );
  }

  function move(from: number, to: number, role: string): void {
    focusNext = { index: to, role };
    store.getState().reorderStep(from, to);
  }
  function remove(i: number): void {
    focusNext = { index: i, role: 'remove' };
    store.getState().removeStep(i);
    status.textContent = '';
  }
  function startAt(i: number): void {
    const back = frame.opener();
    dialog.close();
    opts.onStart(i, back);
  }

  add.addEventListener('click', () => {
    store.getState().addStep();
    const s = store.getState();
    status.textContent = tf(s.lang, 'stepAdded', { n: s.steps.length });
    // Straight to the new step's title: naming it is the likely next thing.
    list.querySelector<HTMLInputElement>(`[data-index="${s.steps.length - 1}"][data-role="title"]`)?.focus();
  });
  start.addEventListener('click', () => startAt(0));

  const unsubscribe = store.subscribe(
    (s) => [s.steps, s.lang, s.data] as const,
    () => {
      if (dialog.open) render(store.getState());
    },
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );

  /** Opens the dialog; focus goes back to `returnFocusTo` (the 演示 button) on close. */
  function open(returnFocusTo: HTMLElement | null = null): void {
    status.textContent = '';
    built = null;
    render(store.getState());
    frame.show(returnFocusTo);
    (store.getState().steps.length ? start : add).focus();
  }

  return {
    open,
    close: frame.close,
    destroy() {
      unsubscribe();
      frame.destroy();
    },
    element: dialog,
  };
}

export type StepsDialog = ReturnType<typeof createStepsDialog>;
