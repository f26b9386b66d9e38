// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { createCompareView } from '../../src/ui/compare-view.ts';
import { createHeaderBar } from '../../src/ui/header-bar.ts';
import { shippedAtlas } from '../joins/fixtures.ts';
import { mountPanel, texts } from './panel-fixtures.ts';

const data = shippedAtlas();
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the region panel’s compare button', () => {
  test('opens a search without the selected region; Enter on a result compares the two, focus back on the button', () => {
    const { el, store } = mountPanel(data, (s) => s.getState().select('610000'));
    const button = el.querySelector<HTMLButtonElement>('.panel-head .panel-compare')!;
    expect(button.textContent).toBe('对比…');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const row = el.querySelector<HTMLElement>('.compare-picker')!;
    expect(row.hidden).toBe(true);

    button.click();
    expect(row.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const input = row.querySelector<HTMLInputElement>('input[role=combobox]')!;
    expect(document.activeElement).toBe(input);
    expect(row.querySelector('label')!.textContent).toBe('对比的地区');

    type(input, '陕西');
    const offered = [...row.querySelectorAll('[role=option]')].map((li) => li.getAttribute('data-key'));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain('610000');
    type(input, '浙江');
    expect(row.querySelector('[role=option]')!.getAttribute('data-key')).toBe('330000');
    expect(input.getAttribute('aria-activedescendant')).toBe(row.querySelector('[role=option]')!.id);
    key(input, 'Enter');

    expect(store.getState().compare).toEqual(['610000', '330000']);
    expect(store.getState().selected).toBe('610000');
    expect(row.hidden).toBe(true);
    expect(input.value).toBe('');
    expect(document.activeElement).toBe(button);
  });

  test('Escape closes the result list, then the search row, and never the panel', () => {
    const { el, store } = mountPanel(data, (s) => s.getState().select('610723'));
    const button = el.querySelector<HTMLButtonElement>('.panel-compare')!;
    button.click();
    const input = el.querySelector<HTMLInputElement>('.compare-picker input')!;
    type(input, '富平');
    const list = el.querySelector<HTMLElement>('.compare-picker [role=listbox]')!;
    expect(list.hidden).toBe(false);
    key(input, 'Escape');
    expect(list.hidden).toBe(true);
    expect(el.querySelector<HTMLElement>('.compare-picker')!.hidden).toBe(false);
    key(input, 'Escape');
    expect(el.querySelector<HTMLElement>('.compare-picker')!.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
    expect(store.getState().selected).toBe('610723');
    expect(el.hidden).toBe(false);
    expect(store.getState().compare).toBeNull();
  });

  test('the comparison, once closed, gives focus back to the compare button', () => {
    const { el, store } = mountPanel(data, (s) => s.getState().select('610000'));
    const view = createCompareView(document.body, store);
    el.querySelector<HTMLButtonElement>('.panel-compare')!.click();
    const input = el.querySelector<HTMLInputElement>('.compare-picker input')!;
    type(input, '西安都市圈');
    key(input, 'Enter');
    expect(view.element.open).toBe(true);
    expect(texts(view.element, '.compare-name')[1]).toMatch(/^西安都市圈/);
    view.element.querySelector<HTMLButtonElement>('.compare-close')!.click();
    expect(store.getState().compare).toBeNull();
    expect(document.activeElement).toBe(el.querySelector('.panel-compare'));
    view.destroy();
  });

  test('a name found twice says where each one is', () => {
    const { el } = mountPanel(data, (s) => s.getState().select('610000'));
    el.querySelector<HTMLButtonElement>('.panel-compare')!.click();
    type(el.querySelector<HTMLInputElement>('.compare-picker input')!, '西安区');
    const options = [...el.querySelectorAll('.compare-picker [role=option]')];
    expect(options.map((li) => li.textContent)).toEqual(["西安区 Xi'an District · 吉林省辽源市", "西安区 Xi'an District · 黑龙江省牡丹江市"]);
  });

  test('labels in English', () => {
    const { el, store } = mountPanel(data, (s) => s.getState().select('610000'));
    store.getState().setLang('en');
    expect(el.querySelector('.panel-compare')!.textContent).toBe('Compare…');
    expect(el.querySelector('.panel-compare')!.getAttribute('aria-label')).toBe('Compare with another region');
    expect(el.querySelector<HTMLInputElement>('.compare-picker input')!.placeholder).toBe('Search a region to compare…');
    expect(el.querySelector('.compare-cancel')!.textContent).toBe('Cancel');
  });
});

describe('the header search, after the extraction', () => {
  test('#region-search still finds a region, and choosing it shows its level and selects it', () => {
    document.body.replaceChildren();
    const header = document.createElement('header');
    document.body.append(header);
    const store = createAppStore();
    store.getState().setData(data);
    const bar = createHeaderBar(header, store);
    const input = document.querySelector<HTMLInputElement>('#region-search')!;
    expect(input.getAttribute('aria-controls')).toBe('region-results');
    type(input, '洋县');
    // 沙洋县 (420822) contains 洋县 too: step down to 洋县 with the arrow keys.
    const keys = [...document.querySelectorAll('#region-results [role=option]')].map((li) => li.getAttribute('data-key'));
    expect(keys).toContain('610723');
    for (let i = 0; i < keys.indexOf('610723'); i++) key(input, 'ArrowDown');
    expect(document.querySelector(`#${input.getAttribute('aria-activedescendant')}`)!.getAttribute('data-key')).toBe('610723');
    key(input, 'Enter');
    expect(store.getState().selected).toBe('610723');
    expect(store.getState().level).toBe('prefecture');
    expect(store.getState().focus).toBe('610700');
    bar.destroy();
    expect(document.querySelector('#region-search')).toBeNull();
  });
});
