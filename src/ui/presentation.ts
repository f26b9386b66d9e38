import type { AppState, AppStore } from '../state/store.ts';
import type { Shell } from './app-shell.ts';
import { presentationBar, showStep } from './presentation-bar.ts';
import { listenStepKeys, listenSwipes } from './presentation-input.ts';

/**
 * Presenting: while `step` is set, the root has the class `presenting` (styles.css hides the header, filters,
 * panel and table, as embed mode does) and a bar over the map shows the step's title and "3 / 7", with previous,
 * next and leave buttons. Keys: → PageDown Space next, ← PageUp previous, Home End, Escape leaves
 * (src/present/step-nav.ts). On a touch screen: the buttons, or a swipe along the bar. The map stays
 * interactive; a swipe on the map itself pans it, as anywhere else.
 *
 * The camera moves are the map's: it flies while presenting (selectFlying). This component only changes `step`.
 */
export function createPresentation(shell: Pick<Shell, 'root' | 'mapWrap'>, store: AppStore) {
  const parts = presentationBar();
  const { bar, prev, next, exit } = parts;
  shell.mapWrap.append(bar);

  let returnTo: HTMLElement | null = null;
  let wasPresenting = false;

  const render = (s: AppState) => {
    const on = s.step !== null && s.steps.length > 0;
    shell.root.classList.toggle('presenting', on);
    bar.hidden = !on;
    if (on) {
      wasPresenting = true;
      showStep(parts, s, s.step!);
    } else if (wasPresenting) {
      wasPresenting = false;
      const back = returnTo;
      returnTo = null;
      if (back?.isConnected) back.focus();
    }
  };

  prev.addEventListener('click', () => store.getState().goStep('prev'));
  next.addEventListener('click', () => store.getState().goStep('next'));
  exit.addEventListener('click', () => store.getState().stopPresenting());
  const stopKeys = listenStepKeys(store);
  listenSwipes(bar, store);

  render(store.getState());
  const unsubscribe = store.subscribe(
    (s) => [s.step, s.steps, s.lang, s.data] as const,
    () => render(store.getState()),
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );

  /**
   * Starts presenting at step `index`. The page first takes its presenting layout and the map its new size (two
   * frames: a layout, then the map's resize observer), and only then is the step shown, so the map frames it in
   * the space it will have rather than the space it had.
   */
  async function start(index: number, returnFocusTo: HTMLElement | null = null): Promise<void> {
    const s = store.getState();
    if (!s.steps.length) return;
    returnTo = returnFocusTo;
    shell.root.classList.add('presenting');
    await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    store.getState().present(Math.min(Math.max(index, 0), s.steps.length - 1));
    if (store.getState().step !== null) (next.disabled ? bar : next).focus();
    else shell.root.classList.remove('presenting');
  }

  return {
    start,
    destroy() {
      unsubscribe();
      stopKeys();
      shell.root.classList.remove('presenting');
      bar.remove();
    },
  };
}

export type Presentation = ReturnType<typeof createPresentation>;
