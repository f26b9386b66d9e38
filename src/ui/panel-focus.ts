/**
 * The region panel's focus handling around a render. When the selection changes, focus moves to the panel's
 * heading, so keyboard and screen-reader users land on what they opened; when the focused control was rendered
 * away, too. Closing (nothing selected) while focus is in the panel gives focus back to where it was before the
 * panel took it.
 */
export function createPanelFocus(el: HTMLElement, heading: HTMLElement) {
  /** Where focus was before the panel took it, to give it back on close. */
  let returnTo: HTMLElement | null = null;

  function restoreFocus(): void {
    const target = returnTo;
    returnTo = null;
    if (target?.isConnected) target.focus();
  }

  /** Calls `render` for a change of selection from `previous` to `selected` (the same, if something else changed). */
  return function around(selected: string | null, previous: string | null, render: () => void): void {
    const active = document.activeElement;
    const hadFocus = active instanceof HTMLElement && el.contains(active);
    if (selected !== previous && selected !== null && !hadFocus) returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
    render();
    if (selected !== previous) el.scrollTop = 0;
    if (selected === null) {
      if (hadFocus) restoreFocus();
    } else if (selected !== previous || (hadFocus && !el.contains(document.activeElement))) {
      // A new region, or the focused control was re-rendered away: land on the heading.
      heading.focus({ preventScroll: true });
    }
  };
}
