// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { createHeaderBar } from '../../src/ui/header-bar.ts';

function mount() {
  document.body.replaceChildren();
  const el = document.createElement('header');
  document.body.append(el);
  const store = createAppStore();
  createHeaderBar(el, store);
  return { el, store, toggle: el.querySelector<HTMLButtonElement>('button.table-toggle')! };
}

describe('header bar: the task table toggle', () => {
  test('sits before the language button, says whether the table is open, and opens and closes it', () => {
    const { el, store, toggle } = mount();
    expect(toggle.nextElementSibling).toBe(el.querySelector('button.lang'));
    expect(toggle.textContent).toBe('任务表');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('task-table');
    toggle.click();
    expect(store.getState().table).toBe(true);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    toggle.click();
    expect(store.getState().table).toBe(false);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  test('follows the state when something else opens the table (a shared URL), and the language', () => {
    const { store, toggle } = mount();
    store.getState().setTable(true);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    store.getState().setLang('en');
    expect(toggle.textContent).toBe('Task table');
  });
});
