import { t, tf } from '../i18n/strings.ts';
import { describeStep } from '../present/describe-step.ts';
import { stepKeyAction } from '../present/step-nav.ts';
import type { AppState, AppStore } from '../state/store.ts';
import type { Shell } from './app-shell.ts';
import { h } from './dom.ts';

/** A horizontal swipe on the presentation bar at least this long (CSS px) steps. */
const SWIPE_PX = 50;

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
  const prev = h('button', { type: 'button', class: 'present-prev' }, '‹');
  const next = h('button', { type: 'button', class: 'present-next' }, '›');
  const exit = h('button', { type: 'button', class: 'present-exit' }, '×');
  const title = h('h2', { class: 'present-title' });
  const count = h('span', { class: 'present-count' });
  const keys = h('span', { class: 'present-keys', 'aria-hidden': 'true' });
  const caption = h('div', { class: 'present-caption', 'aria-live': 'polite', 'aria-atomic': 'true' }, h('p', { class: 'present-meta' }, count, keys), title);
  const bar = h('section', { class: 'present-bar', hidden: true, tabindex: -1 }, prev, caption, next, exit);
  shell.mapWrap.append(bar);

  let returnTo: HTMLElement | null = null;
  let wasPresenting = false;

  const render = (s: AppState) => {
    const on = s.step !== null && s.steps.length > 0;
    shell.root.classList.toggle('presenting', on);
    bar.hidden = !on;
    if (!on) {
      if (wasPresenting) {
        wasPresenting = false;
        const back = returnTo;
        returnTo = null;
        if (back?.isConnected) back.focus();
      }
      return;
    }
    wasPresenting = true;
    const lang = s.lang;
    const i = s.step!;
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
  };

  prev.addEventListener('click', () => store.getState().goStep('prev'));
  next.addEventListener('click', () => store.getState().goStep('next'));
  exit.addEventListener('click', () => store.getState().stopPresenting());

  // Capture phase on the window, so the map's own keyboard handling (arrows pan it) never sees our keys.
  const onKey = (e: KeyboardEvent) => {
    if (store.getState().step === null || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog[open]')) return;
    const action = stepKeyAction(e.key);
    if (!action) return;
    // Space on one of our buttons presses that button.
    if (action === 'next' && e.key !== 'ArrowRight' && e.key !== 'PageDown' && target instanceof HTMLButtonElement) return;
    e.preventDefault();
    e.stopPropagation();
    if (action === 'exit') store.getState().stopPresenting();
    else store.getState().goStep(action);
  };
  window.addEventListener('keydown', onKey, true);

  // A swipe along the bar: left for the next step, right for the previous one (as one turns a page).
  let swipe: { id: number; x: number; y: number } | null = null;
  bar.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse') swipe = { id: e.pointerId, x: e.clientX, y: e.clientY };
  });
  bar.addEventListener('pointerup', (e) => {
    if (!swipe || swipe.id !== e.pointerId) return;
    const dx = e.clientX - swipe.x;
    const dy = e.clientY - swipe.y;
    swipe = null;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(dy)) store.getState().goStep(dx < 0 ? 'next' : 'prev');
  });
  bar.addEventListener('pointercancel', () => (swipe = null));

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
      window.removeEventListener('keydown', onKey, true);
      shell.root.classList.remove('presenting');
      bar.remove();
    },
  };
}

export type Presentation = ReturnType<typeof createPresentation>;
