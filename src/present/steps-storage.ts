import { parseUrlState, serializeUrlState } from '../view/url-state.ts';
import { MAX_STEPS, MAX_TITLE, type PresentationStep } from './steps.ts';
import { stepViewOf } from '../view/step-view.ts';

/** Where the steps live in localStorage. The version is in the key: a later format gets a new key, not a guess. */
export const STEPS_KEY = 'task-atlas.presentation-steps.v1';

/** Longer than any view URL we write (they stay well under a few hundred characters). */
const MAX_VIEW = 2000;

/**
 * The steps as stored: `{"version":1,"steps":[{"title":"…","view":"?level=province&focus=610000"}]}`. A view is
 * kept as the query string a shared link would carry, so it is read back through exactly the URL's own checks.
 */
export function serializeSteps(steps: readonly PresentationStep[]): string {
  return JSON.stringify({ version: 1, steps: steps.map((s) => ({ title: s.title, view: serializeUrlState(stepViewOf(s.view)) })) });
}

/**
 * Reads stored steps, or null when the text is not a store we wrote. Every part must be what `serializeSteps`
 * writes: known keys only, a title of plain text within MAX_TITLE, and a view that is a canonical query string
 * (`serializeUrlState(parseUrlState(v)) === v`), so a value the URL parser would have had to repair or drop,
 * or anything hostile, makes the whole store malformed. It is then ignored, never partly applied.
 */
export function parseSteps(text: string | null): PresentationStep[] | null {
  if (text === null || text.length > (MAX_VIEW + MAX_TITLE + 64) * MAX_STEPS) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!plainWithKeys(raw, ['version', 'steps'])) return null;
  const { version, steps } = raw as { version: unknown; steps: unknown };
  if (version !== 1 || !Array.isArray(steps) || steps.length > MAX_STEPS) return null;
  const out: PresentationStep[] = [];
  for (const s of steps) {
    if (!plainWithKeys(s, ['title', 'view'])) return null;
    const { title, view } = s as { title: unknown; view: unknown };
    // A control character is never written by cleanTitle, so one here means a store we did not write.
    if (typeof title !== 'string' || title.length > MAX_TITLE || /[\u0000-\u001f\u007f]/.test(title)) return null;
    if (typeof view !== 'string' || view.length > MAX_VIEW || (view !== '' && !view.startsWith('?'))) return null;
    const parsed = parseUrlState(view);
    if (serializeUrlState(parsed) !== view) return null;
    out.push({ title, view: stepViewOf(parsed) });
  }
  return out;
}

/** The stored steps, or none when the store is absent, malformed or unreadable (storage blocked, a sandbox). */
export function loadSteps(storage: Pick<Storage, 'getItem'> | null): PresentationStep[] {
  try {
    return (storage && parseSteps(storage.getItem(STEPS_KEY))) ?? [];
  } catch {
    return [];
  }
}

/** Stores the steps; an empty list removes the key. A full or blocked storage is ignored: steps then last the session. */
export function saveSteps(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, steps: readonly PresentationStep[]): void {
  if (!storage) return;
  try {
    if (steps.length) storage.setItem(STEPS_KEY, serializeSteps(steps));
    else storage.removeItem(STEPS_KEY);
  } catch {
    // QuotaExceededError or SecurityError: nothing to do but keep them in memory.
  }
}

function plainWithKeys(x: unknown, keys: readonly string[]): boolean {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const own = Reflect.ownKeys(x);
  return own.length === keys.length && own.every((k) => typeof k === 'string' && keys.includes(k));
}
