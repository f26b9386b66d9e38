// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { applyUrlView } from '../../src/state/subscribers/url-sync.ts';
import { createShell } from '../../src/ui/app-shell.ts';
import { createHeaderBar } from '../../src/ui/header-bar.ts';
import { createPresentation } from '../../src/ui/presentation.ts';
import { createStepsDialog } from '../../src/ui/steps-dialog.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const data = shippedAtlas();
const HOSTILE = '<img src=x onerror="window.__hit=1">';

/** The page with a header (演示 button), the steps dialog and the presentation, on the shipped data. */
function mount() {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const store = createAppStore();
  store.getState().setData(data);
  const shell = createShell(root);
  const presentation = createPresentation(shell, store);
  const steps = createStepsDialog(store, { onStart: (i, back) => void presentation.start(i, back) });
  createHeaderBar(shell.header, store, { onPresent: (b) => steps.open(b), onExport: () => {}, onShare: () => {} });
  const dialog = steps.element;
  const q = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T & HTMLElement>(sel)!;
  const items = () => [...dialog.querySelectorAll<HTMLLIElement>('li.step-item')];
  const titles = () => [...dialog.querySelectorAll<HTMLInputElement>('input.step-title')].map((i) => i.value);
  const key = (k: string, target: EventTarget = document.body) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  return { store, shell, presentation, steps, dialog, q, items, titles, key };
}

/** Three steps made through the dialog: the nation, Shaanxi, Yang County with a camera. */
function withThreeSteps() {
  const m = mount();
  const { store, q } = m;
  q<HTMLButtonElement>('button.present').click();
  q<HTMLButtonElement>('button.step-add').click();
  applyUrlView(store, '?level=province&focus=610000&cat=hukou');
  q<HTMLButtonElement>('button.step-add').click();
  applyUrlView(store, '?level=prefecture&focus=610700&region=610723&at=107.55,33.2,8.5');
  q<HTMLButtonElement>('button.step-add').click();
  return m;
}

const frames = () => new Promise((r) => setTimeout(r, 50));

describe('the 演示 steps dialog', () => {
  test('opens from the header; empty at first; adds the current view as a step and focuses its title', () => {
    const { store, dialog, q, items } = mount();
    const button = q<HTMLButtonElement>('button.present');
    expect(button.textContent).toBe('演示');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(q('button.export').textContent).toBe('导出');
    // Next to Share, as the header's tools.
    expect(button.nextElementSibling).toBe(q('button.export'));
    expect(q('button.export').nextElementSibling).toBe(q('button.share'));
    button.click();
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(q('.steps-empty').hidden).toBe(false);
    expect(q<HTMLButtonElement>('button.steps-start').disabled).toBe(true);
    q<HTMLButtonElement>('button.step-add').click();
    expect(store.getState().steps).toHaveLength(1);
    expect(items()).toHaveLength(1);
    expect(q('.steps-empty').hidden).toBe(true);
    expect(document.activeElement).toBe(dialog.querySelector('input.step-title'));
    expect(q('.step-desc').textContent).toBe('全国 · 全部任务');
    expect(q('.steps-status').textContent).toBe('已添加第 1 步');
  });

  test('a title is typed into the same input (no rebuild under an IME) and stored as text', () => {
    const { store, dialog } = withThreeSteps();
    const input = dialog.querySelector<HTMLInputElement>('li.step-item:nth-child(2) input.step-title')!;
    input.focus();
    input.value = HOSTILE;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(store.getState().steps[1]!.title).toBe(HOSTILE);
    expect(dialog.querySelector('li.step-item:nth-child(2) input.step-title')).toBe(input);
    expect(document.activeElement).toBe(input);
    expect(dialog.querySelector('img')).toBeNull();
  });

  test('steps move up and down with focus following them, and are removed', () => {
    const { store, dialog, titles } = withThreeSteps();
    store.getState().renameStep(0, 'A');
    store.getState().renameStep(1, 'B');
    store.getState().renameStep(2, 'C');
    expect(titles()).toEqual(['A', 'B', 'C']);
    expect(dialog.querySelector<HTMLButtonElement>('[data-index="0"][data-role="up"]')!.disabled).toBe(true);
    dialog.querySelector<HTMLButtonElement>('[data-index="2"][data-role="up"]')!.click();
    expect(titles()).toEqual(['A', 'C', 'B']);
    expect(document.activeElement).toBe(dialog.querySelector('[data-index="1"][data-role="up"]'));
    (document.activeElement as HTMLButtonElement).click();
    expect(titles()).toEqual(['C', 'A', 'B']);
    // At the top the up button is disabled: focus stays on that step, on its title.
    expect(document.activeElement).toBe(dialog.querySelector('[data-index="0"][data-role="title"]'));
    dialog.querySelector<HTMLButtonElement>('[data-index="0"][data-role="down"]')!.click();
    expect(titles()).toEqual(['A', 'C', 'B']);
    expect(document.activeElement).toBe(dialog.querySelector('[data-index="1"][data-role="down"]'));
    dialog.querySelector<HTMLButtonElement>('[data-index="1"][data-role="remove"]')!.click();
    expect(titles()).toEqual(['A', 'B']);
    expect(document.activeElement).toBe(dialog.querySelector('[data-index="1"][data-role="remove"]'));
    expect(store.getState().steps.map((s) => s.title)).toEqual(['A', 'B']);
    expect(dialog.querySelector('[data-index="1"][data-role="remove"]')!.getAttribute('aria-label')).toBe('删除第 2 步');
  });
});

describe('presenting', () => {
  test('start: the presenting layout, the step title and "1 / 3"; keys move; Escape leaves and gives focus back', async () => {
    const { store, shell, q, key } = withThreeSteps();
    store.getState().renameStep(0, HOSTILE);
    const opener = q<HTMLButtonElement>('button.present');
    q<HTMLButtonElement>('button.steps-start').click();
    await vi.waitFor(() => expect(store.getState().step).toBe(0));
    expect(shell.root.classList.contains('presenting')).toBe(true);
    const bar = q('.present-bar');
    expect(bar.hidden).toBe(false);
    expect(q('.present-title').textContent).toBe(HOSTILE);
    expect(bar.querySelector('img')).toBeNull();
    expect(q('.present-count').textContent).toBe('1 / 3');
    expect(q('.present-count').getAttribute('aria-label')).toBe('第 1 步，共 3 步');
    expect(q<HTMLButtonElement>('button.present-prev').disabled).toBe(true);
    expect(document.activeElement).toBe(q('button.present-next'));

    key('ArrowRight');
    expect(store.getState()).toMatchObject({ step: 1, level: 'province', focus: '610000' });
    // An untitled step is described by its view.
    expect(q('.present-title').textContent).toBe('陕西省 · 筛选: 户籍与市民化');
    key('PageDown');
    expect(store.getState()).toMatchObject({ step: 2, selected: '610723', camera: { lng: 107.55, lat: 33.2, zoom: 8.5 } });
    expect(q('.present-count').textContent).toBe('3 / 3');
    key('ArrowLeft');
    expect(store.getState().step).toBe(1);
    key('Home');
    expect(store.getState().step).toBe(0);
    key('End');
    expect(store.getState().step).toBe(2);
    key('PageUp');
    key(' ');
    expect(store.getState().step).toBe(2);
    key('ArrowLeft');
    key('ArrowLeft');
    q<HTMLButtonElement>('button.present-next').click();
    expect(store.getState().step).toBe(1);
    store.getState().setLang('en');
    expect(q('.present-title').textContent).toBe('Shaanxi · Filters: Hukou & citizenisation');

    key('Escape');
    expect(store.getState().step).toBeNull();
    expect(shell.root.classList.contains('presenting')).toBe(false);
    expect(bar.hidden).toBe(true);
    expect(document.activeElement).toBe(opener);
    // Not presenting: the keys are not ours.
    key('ArrowRight');
    expect(store.getState().step).toBeNull();
  });

  test('keys typed in a field and modified keys are left alone; a swipe along the bar steps', async () => {
    const { store, presentation, shell, q, key } = withThreeSteps();
    await presentation.start(1);
    expect(store.getState().step).toBe(1);
    const field = document.createElement('input');
    shell.mapWrap.append(field);
    key('ArrowRight', field);
    expect(store.getState().step).toBe(1);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', ctrlKey: true, bubbles: true }));
    expect(store.getState().step).toBe(1);
    const bar = q('.present-bar');
    const pointer = (type: string, x: number, y: number) => bar.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'touch', clientX: x, clientY: y, bubbles: true }));
    pointer('pointerdown', 300, 40);
    pointer('pointerup', 200, 50);
    expect(store.getState().step).toBe(2);
    pointer('pointerdown', 200, 40);
    pointer('pointerup', 320, 45);
    expect(store.getState().step).toBe(1);
    // Too short, or mostly vertical: no step.
    pointer('pointerdown', 200, 40);
    pointer('pointerup', 230, 40);
    pointer('pointerdown', 200, 40);
    pointer('pointerup', 140, 200);
    expect(store.getState().step).toBe(1);
    q<HTMLButtonElement>('button.present-exit').click();
    expect(store.getState().step).toBeNull();
  });

  test('nothing to present: start does nothing', async () => {
    const { store, presentation, shell } = mount();
    await presentation.start(0);
    await frames();
    expect(store.getState().step).toBeNull();
    expect(shell.root.classList.contains('presenting')).toBe(false);
  });
});
