import { loadSteps, saveSteps } from '../../present/steps-storage.ts';
import type { AppStore } from '../store.ts';

/**
 * Keeps the presentation's steps in localStorage: read once at boot (a malformed store is ignored), written on
 * every change. `storage` is null where the page may not use it (a sandboxed frame): steps then last the session.
 */
export function createStepsPersistence(store: AppStore, storage: Storage | null = localStorageOrNull()): () => void {
  store.getState().setSteps(loadSteps(storage));
  return store.subscribe(
    (s) => s.steps,
    (steps) => saveSteps(storage, steps),
  );
}

function localStorageOrNull(): Storage | null {
  try {
    // Reading the property itself throws a SecurityError in an opaque-origin frame.
    return window.localStorage;
  } catch {
    return null;
  }
}
