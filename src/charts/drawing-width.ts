/** The panel's inner width at its designed 400px: the width to draw at when the box cannot be measured. */
const FALLBACK = 372;

/**
 * The width to lay a chart out at: the given one, else its box's current width, so text keeps its size in a
 * narrower panel (a phone) instead of shrinking with a scaled viewBox. A hidden box, or one in a test DOM
 * without layout, measures 0 and gets the fallback. Charts re-measure on each update, not on resize: between
 * updates the viewBox scales.
 */
export function drawingWidth(el: HTMLElement, given: number | undefined): number {
  return given ?? (el.clientWidth > 0 ? el.clientWidth : FALLBACK);
}
