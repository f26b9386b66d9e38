/** A move through a presentation's steps. */
export type StepMove = 'next' | 'prev' | 'first' | 'last';

/**
 * The step a move leads to: one on, one back, the first or the last, staying put at either end (a presenter who
 * presses → once too often keeps the last slide rather than leaving). Null when there are no steps.
 *
 * @example
 * stepAfter(2, 7, 'next') // 3
 * stepAfter(6, 7, 'next') // 6
 * stepAfter(null, 7, 'next') // 0: not presenting yet starts at the beginning
 */
export function stepAfter(current: number | null, count: number, move: StepMove): number | null {
  if (count <= 0) return null;
  const at = current === null ? -1 : Math.min(Math.max(current, 0), count - 1);
  switch (move) {
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'next':
      return Math.min(at + 1, count - 1);
    case 'prev':
      return Math.max(at - 1, 0);
  }
}

/**
 * What a key does while presenting. → PageDown and Space go on (presentation clickers send PageDown/PageUp),
 * ← PageUp go back, Home and End to either end, Escape leaves. Anything else is not ours.
 */
export function stepKeyAction(key: string): StepMove | 'exit' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
    case 'Esc':
      return 'exit';
    default:
      return null;
  }
}
