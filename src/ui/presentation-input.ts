import { stepKeyAction } from '../present/step-nav.ts';
import type { AppStore } from '../state/store.ts';

/** A horizontal swipe on the presentation bar at least this long (CSS px) steps. */
const SWIPE_PX = 50;

/** Steps on the presentation keys (src/present/step-nav.ts) while presenting; returns the listener's removal. */
export function listenStepKeys(store: AppStore): () => void {
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
  return () => window.removeEventListener('keydown', onKey, true);
}

/** A swipe along the bar: left for the next step, right for the previous one (as one turns a page). */
export function listenSwipes(bar: HTMLElement, store: AppStore): void {
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
}
