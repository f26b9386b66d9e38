import { t, tf, type StringKey } from '../i18n/strings.ts';
import { describeStep } from '../present/describe-step.ts';
import { MAX_STEPS } from '../present/steps.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { dialogFrame } from './dialog-frame.ts';
import { fill, h } from './dom.ts';
import { focusControl, focusedControl, sameShape, stepItem, updateTitles, type StepActions, type StepControl } from './steps-list.ts';

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
  const { id, dialog } = frame;
  const parts = dialogBody(frame);
  const { list, add, start, status } = parts;

  /** What the list was last built from. */
  let built: Pick<AppState, 'steps' | 'lang' | 'data'> | null = null;
  /** The control to focus after the next rebuild: which step and which of its controls. */
  let focusNext: StepControl | null = null;

  const actions: StepActions = {
    rename: (i, title) => store.getState().renameStep(i, title),
    startAt,
    move,
    remove,
  };

  function render(s: AppState): void {
    localize(frame, parts, s);
    // A title being typed only changes that title: leave the list alone, or an IME composition (pinyin) would
    // be cut off by a rebuilt input. Other inputs take the new text in place.
    const keep = sameShape(built, s);
    built = { steps: s.steps, lang: s.lang, data: s.data };
    if (keep && !focusNext) return updateTitles(list, s.steps);

    // Where focus is now, to put it back on the rebuilt control.
    const target = focusNext ?? focusedControl(list);
    focusNext = null;
    const count = s.steps.length;
    fill(list, ...s.steps.map((step, i) => stepItem({ id, lang: s.lang, i, count, title: step.title, description: describeStep(step.view, s.data, s.lang) }, actions)));
    if (target) focusControl(list, target, count, add);
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

type Frame = ReturnType<typeof dialogFrame>;
type Parts = ReturnType<typeof dialogBody>;

/** The dialog's body under its header: the hint, the list, the empty-list note, and the footer's buttons and status. */
function dialogBody({ id, dialog }: Frame) {
  const hint = h('p', { class: 'steps-hint', id: `${id}-hint` });
  dialog.setAttribute('aria-describedby', hint.id);
  const list = h('ol', { class: 'steps-list' });
  const empty = h('p', { class: 'steps-empty' });
  const add = h('button', { type: 'button', class: 'step-add' });
  const start = h('button', { type: 'button', class: 'steps-start' });
  const status = h('p', { class: 'steps-status', role: 'status', 'aria-live': 'polite' });
  dialog.append(hint, list, empty, h('footer', { class: 'steps-foot' }, add, status, h('span', { class: 'spacer' }), start));
  return { hint, list, empty, add, start, status };
}

/** The dialog's texts in the interface language, and which of its buttons can be pressed. */
function localize(frame: Frame, { hint, list, empty, add, start }: Parts, s: AppState): void {
  const lang = s.lang;
  const text = (el: HTMLElement, key: StringKey) => (el.textContent = t(lang, key));
  frame.localize(lang);
  text(frame.heading, 'stepsTitle');
  text(hint, 'stepsHint');
  text(empty, 'stepsEmpty');
  text(add, 'stepAdd');
  text(start, 'stepsStart');
  list.setAttribute('aria-label', t(lang, 'stepsList'));
  add.disabled = s.steps.length >= MAX_STEPS;
  add.title = add.disabled ? tf(lang, 'stepsFull', { n: MAX_STEPS }) : '';
  start.disabled = s.steps.length === 0;
  empty.hidden = s.steps.length > 0;
}

export type StepsDialog = ReturnType<typeof createStepsDialog>;
