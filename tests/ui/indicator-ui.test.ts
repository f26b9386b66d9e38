// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { indicatorCatalog } from '../../src/state/metrics/indicator-catalog.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { createIndicatorPicker } from '../../src/ui/indicator-picker.ts';
import { createIndicatorTable } from '../../src/ui/indicator-table.ts';
import { matchesQuery, optionGroups } from '../../src/ui/indicator-options.ts';
import { createSourceViewer } from '../../src/ui/source-viewer.ts';
import { shippedAtlas, shippedDocuments } from '../joins/fixtures.ts';
import { shippedSource } from './panel-fixtures.ts';
import { loadIndicatorCode } from '../../src/state/metrics/indicator-loader.ts';

// The indicator code loads on first use in the page; here, once before the tests.
beforeAll(async () => {
  await loadIndicatorCode();
});

const data = shippedAtlas();
const docs = shippedDocuments();
const catalog = indicatorCatalog(docs);
const entry = (id: string) => catalog.find((e) => e.indicator.id === id)!;

let store: AppStore;
beforeEach(() => {
  document.body.replaceChildren();
  store = createAppStore();
  store.getState().setData(data);
});

describe('the indicator catalog and the picker’s groups', () => {
  test('regions committing, and the theme of the tasks that commit', () => {
    expect(entry('migrant-worker-training')).toMatchObject({ regions: 3, category: 'employment' });
    expect(entry('old-compound-renovation')).toMatchObject({ regions: 3, category: 'housing' });
    // Only 浙江's preface commits to it: a headline goal, no task's theme.
    expect(entry('urbanization-rate-resident')).toMatchObject({ regions: 1, category: null });
    expect(entry('urban-unemployment-rate')).toMatchObject({ regions: 0, category: null });
  });

  test('themes in the filter bar’s order, then headline goals, then what no document holds, last', () => {
    const groups = optionGroups(catalog, '', 'zh');
    expect(groups.at(-1)!.id).toBe('unheld');
    expect(groups.at(-2)!.id).toBe('headline');
    expect(groups.at(-1)!.entries.every((e) => e.regions === 0)).toBe(true);
    expect(groups.flatMap((g) => g.entries)).toHaveLength(catalog.length);
    expect(groups.find((g) => g.id === 'employment')!.entries.map((e) => e.indicator.id)).toContain('migrant-worker-training');
  });

  test('search in either language, by id or by unit; every word must match', () => {
    const ids = (q: string) => optionGroups(catalog, q, 'zh').flatMap((g) => g.entries.map((e) => e.indicator.id));
    expect(ids('农民工')).toEqual(['migrant-worker-training']);
    expect(ids('old residential')).toEqual(['old-compound-renovation']);
    expect(ids('5g')).toEqual(['5g-base-stations']);
    expect(ids('households')).toEqual(expect.arrayContaining(['old-compound-renovation', 'shantytown-renovation']));
    expect(matchesQuery(entry('old-compound-renovation'), '老旧 改造')).toBe(true);
    expect(matchesQuery(entry('old-compound-renovation'), '老旧 培训')).toBe(false);
  });
});

describe('the picker', () => {
  function mount(onTable = vi.fn()) {
    const picker = createIndicatorPicker(store, { onTable });
    document.body.append(picker.el);
    return { picker, input: picker.el.querySelector<HTMLInputElement>('#indicator-search')!, list: picker.el.querySelector<HTMLElement>('#indicator-options')!, onTable };
  }

  test('opens on a click, greys what no document holds, and a click on an option shows it on the map', () => {
    const { input, list } = mount();
    input.click();
    expect(list.hidden).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const unheld = list.querySelector('#indicator-option-urban-unemployment-rate')!;
    expect(unheld.classList.contains('unheld')).toBe(true);
    expect(unheld.textContent).toContain('无文件承诺');
    expect(list.querySelector('#indicator-option-migrant-worker-training')!.textContent).toContain('3 个地区承诺');
    list.querySelector('#indicator-option-migrant-worker-training')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(store.getState().indicator).toBe('migrant-worker-training');
    expect(list.hidden).toBe(true);
  });

  test('typing narrows the list; arrows and Enter choose; the chosen one is named with its table and a way back', () => {
    const { picker, input, list, onTable } = mount();
    input.value = '老旧小区';
    input.dispatchEvent(new Event('input'));
    expect([...list.querySelectorAll('[role=option]')].map((o) => o.getAttribute('data-id'))).toEqual(['old-compound-renovation']);
    expect(input.getAttribute('aria-activedescendant')).toBe('indicator-option-old-compound-renovation');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(store.getState().indicator).toBe('old-compound-renovation');
    const chosen = picker.el.querySelector<HTMLElement>('.indicator-chosen')!;
    expect(chosen.hidden).toBe(false);
    expect(chosen.querySelector('.indicator-chosen-name')!.textContent).toBe('城镇老旧小区改造');
    chosen.querySelector<HTMLButtonElement>('.indicator-table-open')!.click();
    expect(onTable).toHaveBeenCalledOnce();
    store.getState().setLang('en');
    expect(chosen.querySelector('.indicator-chosen-name')!.textContent).toBe('Renovation of old urban residential compounds');
    chosen.querySelector<HTMLButtonElement>('.indicator-clear')!.click();
    expect(store.getState().indicator).toBeNull();
    expect(chosen.hidden).toBe(true);
  });
});

describe('the cross-level table', () => {
  const rowsOf = (dialog: HTMLElement) =>
    [...dialog.querySelectorAll('tbody tr')].map((tr) => ({ key: tr.getAttribute('data-key'), text: tr.textContent ?? '', cls: tr.className }));

  function open(id: string) {
    store.getState().setIndicator(id);
    const viewer = createSourceViewer({ load: shippedSource });
    const table = createIndicatorTable(store, { viewer });
    const button = document.createElement('button');
    document.body.append(button);
    table.open(button);
    return { table, viewer, dialog: table.element };
  }

  test('农民工补贴性培训: each level’s value, deadline, share of its parent’s, sums, and its source sentence', () => {
    const { dialog } = open('migrant-worker-training');
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector('h2')!.textContent).toBe('农民工补贴性培训：各层级承诺对照');
    const rows = rowsOf(dialog);
    expect(rows.map((r) => r.key)).toEqual(['100000', '330000', '610000', '610723']);
    expect(rows[0]!.text).toContain('全国≥600万 人次2022年');
    expect(rows[0]!.text).toContain('开展农民工补贴性培训600万人次以上');
    expect(rows[2]!.text).toContain('为全国的 3.33%（期限不同：全国为2022年）');
    expect(rows[2]!.text).toContain('下级合计 2500 人次（1 个地区），为本级的 1.25%');
    expect(rows[3]!.text).toContain('为陕西省的 1.25%');
    expect(rows[3]!.text).toContain('2023年完成农民工补贴性培训2500人次');
    // 浙江 has a plan of its own and commits to nothing on it: flagged, not left out.
    expect(rows[1]).toMatchObject({ cls: 'silent' });
    expect(rows[1]!.text).toContain('未承诺');
    expect(dialog.querySelectorAll('.indicator-timeline .marks .mark')).toHaveLength(3);
  });

  test('城镇老旧小区改造: compounds and households each on a line of their own, compared only within a unit', () => {
    const { dialog } = open('old-compound-renovation');
    const shaanxi = rowsOf(dialog).filter((r) => r.key === '610000');
    expect(shaanxi.map((r) => r.text)).toEqual([expect.stringContaining('2016 个小区'), expect.stringContaining('100万 户居民')]);
    expect(shaanxi[1]!.text).toContain('为全国的 11.9%');
    expect(shaanxi[0]!.text).not.toContain('为全国的');
    expect(dialog.querySelector('.indicator-table-intro')!.textContent).toContain('此指标以个小区、户居民计，各自对照');
  });

  test('a source link opens the document with the commitment’s clause marked', async () => {
    const { dialog, viewer } = open('migrant-worker-training');
    dialog.querySelector<HTMLButtonElement>('tr[data-key="610723"] .source-open')!.click();
    await vi.waitFor(() => expect(viewer.element.querySelector('mark')).not.toBeNull());
    expect(viewer.element.querySelector('mark')!.textContent).toContain('农民工补贴性培训2500人次');
    expect(viewer.element.querySelector('h2')!.textContent).toContain('洋县');
  });

  test('follows the language, and closes when the indicator is cleared', () => {
    const { dialog } = open('migrant-worker-training');
    store.getState().setLang('en');
    expect(dialog.querySelector('h2')!.textContent).toBe('Subsidised training of migrant workers: commitments across levels');
    expect(rowsOf(dialog)[3]!.text).toContain("1.25% of Shaanxi's");
    store.getState().setIndicator(null);
    expect(dialog.open).toBe(false);
  });
});
