// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { applyUrlView } from '../../src/state/subscribers/url-sync.ts';
import { createAppStore } from '../../src/state/store.ts';
import { createShell } from '../../src/ui/app-shell.ts';
import { createEmbedMode } from '../../src/ui/embed-mode.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const data = shippedAtlas();

function mount(search: string) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const store = createAppStore();
  applyUrlView(store, search);
  const shell = createShell(root);
  const mode = createEmbedMode(shell, store, { pathname: '/atlas/' });
  return { store, shell, mode, title: shell.embedTitle };
}

describe('embed mode', () => {
  test('off by default: no class, no title', () => {
    const { shell, title } = mount('?region=610723');
    expect(shell.root.classList.contains('embed')).toBe(false);
    expect(title.hidden).toBe(true);
  });

  test('?embed=1: the root class, the level in the title, the selection and its count, a link to the full view', () => {
    const { shell, store, title } = mount('?embed=1&level=prefecture&focus=610700&region=610723');
    expect(shell.root.classList.contains('embed')).toBe(true);
    expect(title.hidden).toBe(false);
    expect(title.querySelector('h1')!.textContent).toBe('任务地图');
    store.getState().setData(data);
    expect(title.querySelector('h1')!.textContent).toBe('任务地图 · 汉中市');
    expect(title.querySelector('.embed-selection')!.textContent).toBe('洋县：20 项任务');
    const open = title.querySelector('a')!;
    expect(open.getAttribute('href')).toBe('/atlas/?level=prefecture&focus=610700&region=610723');
    expect(open.getAttribute('target')).toBe('_blank');
    expect(open.getAttribute('rel')).toBe('noopener');
  });

  test('follows the store: filters recount, language switches, deselecting clears the line', () => {
    const { store, title } = mount('?embed=1&region=xian-metro');
    store.getState().setData(data);
    store.getState().toggleCategory('hukou');
    expect(title.querySelector('.embed-selection')!.textContent).toBe('西安都市圈：0 项任务');
    store.getState().setLang('en');
    store.getState().clearFilters();
    expect(title.querySelector('h1')!.textContent).toBe('Task Atlas · China');
    expect(title.querySelector('.embed-selection')!.textContent).toBe("Xi'an Metropolitan Area: 2 tasks");
    expect(title.querySelector('a')!.textContent).toBe('Open in Task Atlas ↗');
    store.getState().select(null);
    expect((title.querySelector('.embed-selection') as HTMLElement).hidden).toBe(true);
  });

  test('destroy takes the class and the title away', () => {
    const { shell, mode, title } = mount('?embed=1');
    mode.destroy();
    expect(shell.root.classList.contains('embed')).toBe(false);
    expect(title.childElementCount).toBe(0);
  });
});
