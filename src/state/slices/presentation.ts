import type { StateCreator } from 'zustand/vanilla';
import { stepAfter, type StepMove } from '../../present/step-nav.ts';
import { movedStep, retitledStep, withoutStep, withStep, type PresentationStep } from '../../present/steps.ts';
import { viewForStep } from '../../view/step-view.ts';
import { selectView } from '../selectors.ts';
import type { AppState } from '../store.ts';

/**
 * A presentation: saved views as numbered steps, and the one shown. Not part of the URL (a link shares one view,
 * not a talk); the steps are kept in localStorage by src/state/subscribers/steps-persist.ts.
 */
export interface PresentationSlice {
  steps: PresentationStep[];
  /** The step being shown; null when not presenting. */
  step: number | null;
  /** Adds the current view as the last step. */
  addStep: (title?: string) => void;
  removeStep: (i: number) => void;
  reorderStep: (from: number, to: number) => void;
  renameStep: (i: number, title: string) => void;
  /** Replaces the steps (read from storage). Stops presenting. */
  setSteps: (steps: PresentationStep[]) => void;
  /** Presents step `i`: its view replaces the current one in the same update, so the map sees both at once. */
  present: (i: number) => void;
  /** Moves while presenting (or starts, from the first step). */
  goStep: (move: StepMove) => void;
  /** Leaves the presentation; the last step's view stays. */
  stopPresenting: () => void;
}

export const presentationSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], PresentationSlice> = (set, get) => {
  const show = (i: number | null) => {
    const s = get();
    if (i === null || i < 0 || i >= s.steps.length) return;
    set({ ...viewForStep(selectView(s), s.steps[i]!.view, s.data), step: i });
  };
  return {
    steps: [],
    step: null,
    addStep: (title = '') => set((s) => ({ steps: withStep(s.steps, { title, view: selectView(s) }) })),
    removeStep: (i) =>
      set((s) => {
        const steps = withoutStep(s.steps, i);
        return { steps, step: s.step === null || !steps.length ? null : Math.min(s.step, steps.length - 1) };
      }),
    reorderStep: (from, to) => set((s) => ({ steps: movedStep(s.steps, from, to) })),
    renameStep: (i, title) => set((s) => ({ steps: retitledStep(s.steps, i, title) })),
    setSteps: (steps) => set({ steps, step: null }),
    present: (i) => show(i),
    goStep: (move) => {
      const s = get();
      const i = stepAfter(s.step, s.steps.length, move);
      if (i !== null && i !== s.step) show(i);
    },
    stopPresenting: () => set({ step: null }),
  };
};
