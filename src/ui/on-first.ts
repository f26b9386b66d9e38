import type { AppState, AppStore } from '../state/store.ts';

/**
 * Runs `start` once, the first time `wanted` holds (now or later): components that the first map does not need
 * (the task table, the comparison) are imported only then, keeping the initial download small.
 */
export function onFirst(store: AppStore, wanted: (s: AppState) => boolean, start: () => Promise<unknown>): void {
  if (wanted(store.getState())) {
    void start();
    return;
  }
  const unsub = store.subscribe(wanted, (on) => {
    if (!on) return;
    unsub();
    void start();
  });
}
