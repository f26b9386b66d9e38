import { t } from '../i18n/strings.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { h } from './dom.ts';
import { createRegionSearch } from './region-search.ts';

let nextId = 0;

/**
 * The region panel's "对比…" button and the row it opens: a region search (the selected region left out) and a
 * cancel button. Choosing a region compares it with the selected one (`setCompare([selected, chosen])`). The row
 * closes on a choice, on cancel, on Escape, and when the selection changes; focus goes back to the button, so the
 * comparison, when it closes, returns focus there too.
 */
export function createComparePicker(store: AppStore) {
  const id = `compare-picker-${nextId++}`;
  const button = h('button', { type: 'button', class: 'panel-compare', 'aria-expanded': 'false', 'aria-controls': id });
  const cancel = h('button', { type: 'button', class: 'compare-cancel' });
  const search = createRegionSearch(store, {
    id: `${id}-input`,
    label: 'compareWith',
    placeholder: 'comparePlaceholder',
    exclude: (s) => (s.selected ? [s.selected] : []),
    onChoose: (key) => {
      const selected = store.getState().selected;
      close();
      if (selected && key !== selected) store.getState().setCompare([selected, key]);
    },
    onEscape: () => close(),
  });
  const row = h('div', { class: 'compare-picker', id, hidden: true }, search.el, cancel);
  let shownFor: string | null = null;

  function open(): void {
    shownFor = store.getState().selected;
    row.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    search.input.focus();
  }
  function close(): void {
    const wasOpen = !row.hidden;
    row.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    search.reset();
    if (wasOpen) button.focus();
  }
  const onButton = () => (row.hidden ? open() : close());
  button.addEventListener('click', onButton);
  cancel.addEventListener('click', close);

  return {
    button,
    row,
    render(s: AppState): void {
      button.textContent = t(s.lang, 'compareOpen');
      button.title = t(s.lang, 'compareOpenLabel');
      button.setAttribute('aria-label', t(s.lang, 'compareOpenLabel'));
      button.disabled = !s.data;
      cancel.textContent = t(s.lang, 'cancel');
      search.render(s);
      // Another region selected meanwhile: the half-typed choice was for the last one.
      if (!row.hidden && s.selected !== shownFor) {
        row.hidden = true;
        button.setAttribute('aria-expanded', 'false');
        search.reset();
      }
    },
    destroy(): void {
      button.removeEventListener('click', onButton);
      cancel.removeEventListener('click', close);
      search.destroy();
      button.remove();
      row.remove();
    },
  };
}

export type ComparePicker = ReturnType<typeof createComparePicker>;
