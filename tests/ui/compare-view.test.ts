// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../src/domain/categories.ts';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { compareRegions } from '../../src/joins/compare-regions.ts';
import { filterTasks } from '../../src/joins/filter-tasks.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { createCompareView } from '../../src/ui/compare-view.ts';
import { shippedAtlas } from '../joins/fixtures.ts';
import { texts } from './panel-fixtures.ts';

const data = shippedAtlas();

/** A fresh page with a button to open from, a store holding the shipped data, and the comparison mounted. */
function mount(withData = true): { store: AppStore; dialog: HTMLDialogElement; opener: HTMLButtonElement } {
  document.body.replaceChildren();
  const opener = document.createElement('button');
  opener.textContent = 'open';
  document.body.append(opener);
  const store = createAppStore();
  if (withData) store.getState().setData(data);
  const view = createCompareView(document.body, store);
  return { store, dialog: view.element, opener };
}
const $ = (root: ParentNode, sel: string) => root.querySelector<HTMLElement>(sel)!;

describe('compare view: 陕西 610000 vs 浙江 330000', () => {
  test('closed until a pair is set; then both names in both languages, counts, and 16 category rows', () => {
    const { store, dialog } = mount();
    expect(dialog.open).toBe(false);
    store.getState().setCompare(['610000', '330000']);
    expect(dialog.open).toBe(true);
    expect(texts(dialog, '.compare-name')).toEqual(['陕西省 Shaanxi', '浙江省 Zhejiang']);
    expect(texts(dialog, '.compare-count')).toEqual(['83 项任务', '32 项任务']);
    expect(dialog.querySelectorAll('.category-compare g.row')).toHaveLength(16);
    expect(texts(dialog, '.category-compare text.label')).toEqual(CATEGORIES.map((c) => c.zh));
    expect(texts(dialog, '.category-compare .names text')).toEqual(['陕西省', '浙江省']);
    expect($(dialog, '.compare-shared-count').textContent).toBe('两地共同涉及的任务：0 项');
    expect(dialog.querySelector('.compare-status')!.textContent).toBe('');
    expect(dialog.querySelector<HTMLElement>('.compare-content')!.hidden).toBe(false);
  });

  test('the chart’s numbers are the comparison’s; the share view divides by each region’s tasks', () => {
    const { store, dialog } = mount();
    store.getState().setCompare(['610000', '330000']);
    const c = compareRegions(data.table, filterTasks(data.table, NO_FILTERS), '610000', '330000', false);
    expect(texts(dialog, 'text.value.side-a').map(Number)).toEqual(c.categories.map((d) => d.a));
    expect(texts(dialog, 'text.value.side-b').map(Number)).toEqual(c.categories.map((d) => d.b));
    $(dialog, '[data-mode=share]').click();
    expect($(dialog, '[data-mode=share]').getAttribute('aria-pressed')).toBe('true');
    expect(texts(dialog, 'text.value.side-b')).toEqual(c.categories.map((d) => `${Math.round((d.b / 32) * 100)}%`));
    expect($(dialog, '.compare-differences').textContent).toMatch(/^差别最大：.+个百分点/);
  });

  test('lang en switches every label, the names lead in English', () => {
    const { store, dialog } = mount();
    store.getState().setCompare(['610000', '330000']);
    store.getState().setLang('en');
    expect(dialog.getAttribute('lang')).toBe('en');
    expect($(dialog, '.compare-title').textContent).toBe('Compare regions');
    expect(texts(dialog, '.compare-name')).toEqual(['Shaanxi 陕西省', 'Zhejiang 浙江省']);
    expect(texts(dialog, '.compare-count')).toEqual(['83 tasks', '32 tasks']);
    expect(texts(dialog, '.category-compare text.label')).toEqual(CATEGORIES.map((c) => c.en));
    expect(texts(dialog, '.compare-section h3')).toEqual(['By category', 'Targets by unit', 'Deadlines by year', 'Documents']);
    expect(texts(dialog, '.compare-mode button')).toEqual(['Tasks', 'Share']);
    expect($(dialog, '.compare-differences').textContent).toMatch(/^Largest differences: \S.* \((Shaanxi|Zhejiang) \+\d+\)/);
    expect($(dialog, '.compare-close').getAttribute('aria-label')).toBe('Close');
  });

  test('filters apply to both sides, and the view says so', () => {
    const { store, dialog } = mount();
    store.getState().setCompare(['610000', '330000']);
    store.getState().toggleCategory('housing');
    const c = compareRegions(data.table, filterTasks(data.table, { ...NO_FILTERS, categories: ['housing'] }), '610000', '330000', false);
    expect(texts(dialog, '.compare-count')).toEqual([`当前筛选下 ${c.a.count} 项任务（共 83 项）`, `当前筛选下 ${c.b.count} 项任务（共 32 项）`]);
    expect($(dialog, '.compare-status').textContent).toBe('按当前筛选对比。');
  });

  test('documents involved, per side', () => {
    const { store, dialog } = mount();
    store.getState().setCompare(['610000', '330000']);
    const docs = (side: string) => [...dialog.querySelectorAll(`.compare-documents.${side} li`)].map((li) => li.getAttribute('data-document'));
    expect(docs('side-a')).toEqual(['shaanxi-2023-key-tasks', 'shaanxi-2022-county-towns', 'yangxian-2023-work-points']);
    expect(docs('side-b')).toEqual(['zhejiang-2023-work-points']);
  });
});

describe('compare view: 洋县 610723 vs 富平 610528, targets and deadlines', () => {
  const cells = (dialog: HTMLElement, sel: string) => [...dialog.querySelectorAll(`${sel} td`)].map((td) => td.querySelector('.value')?.textContent ?? td.textContent);

  test('a total for 座 and 个, a range for %, a dash where a region has none', () => {
    const { store, dialog } = mount();
    store.getState().setCompare(['610723', '610528']);
    expect(cells(dialog, 'tr[data-unit="座"]')).toEqual(['合计 8660 座', '—']);
    expect(cells(dialog, 'tr[data-unit="个"]')).toEqual(['合计 408 个', '15 个']);
    expect(cells(dialog, 'tr[data-unit="公里"]')).toEqual(['60.9 公里', '—']);
    expect(cells(dialog, 'tr[data-unit="%"]')).toEqual(['范围 26–92%', '—']);
    expect(texts(dialog, 'tr[data-unit="%"] .sub')).toEqual(['3 项目标']);
    // Most targets first.
    expect(dialog.querySelector('.compare-units tbody tr')!.getAttribute('data-unit')).toBe('个');
    store.getState().setLang('en');
    expect(cells(dialog, 'tr[data-unit="座"]')).toEqual(['total 8,660 座', '—']);
  });

  test('deadlines by year, side by side', () => {
    const { store, dialog } = mount();
    store.getState().setCompare(['610723', '610528']);
    const row = dialog.querySelector('.compare-years tr[data-year="2023"]')!;
    expect(row.querySelector('th')!.textContent).toBe('2023年');
    expect(row.querySelectorAll('td')[0]!.querySelector('.value')!.textContent).toBe('20 项目标 · 1 个时间节点');
    expect(row.querySelectorAll('td')[0]!.querySelector('.sub')!.textContent).toBe('其中 17 项按年度推定');
  });
});

describe('compare view: shared tasks, unknown keys, closing', () => {
  test('陕西 and 西安都市圈 share 2 tasks, listed', () => {
    const { store, dialog } = mount();
    store.getState().setCompare(['610000', 'xian-metro']);
    expect($(dialog, '.compare-shared-count').textContent).toBe('两地共同涉及的任务：2 项');
    expect([...dialog.querySelectorAll('.compare-shared-list li')].map((li) => li.getAttribute('data-task-id'))).toContain('shaanxi-2023-key-tasks/5');
    expect(texts(dialog, '.compare-name')[1]).toMatch(/^西安都市圈 Xi/);
  });

  test('a region that does not exist: a clear message instead of the comparison, no error', () => {
    const { store, dialog } = mount();
    expect(() => store.getState().setCompare(['610000', '999999'])).not.toThrow();
    expect(dialog.open).toBe(true);
    const status = $(dialog, '.compare-status');
    expect(status.textContent).toBe('无法对比：没有“999999”这个地区。');
    expect(status.getAttribute('role')).toBe('alert');
    expect($(dialog, '.compare-content').hidden).toBe(true);
    store.getState().setLang('en');
    expect(status.textContent).toBe('Cannot compare: there is no region “999999”.');
    // A known pair afterwards shows the comparison again.
    store.getState().setCompare(['610000', '330000']);
    expect($(dialog, '.compare-content').hidden).toBe(false);
    expect(status.textContent).toBe('');
  });

  test('before the data has loaded: loading, then the comparison', () => {
    const { store, dialog } = mount(false);
    store.getState().setCompare(['610000', '330000']);
    expect(dialog.open).toBe(true);
    expect($(dialog, '.compare-status').textContent).toBe('正在加载…');
    expect($(dialog, '.compare-content').hidden).toBe(true);
    store.getState().setData(data);
    expect($(dialog, '.compare-content').hidden).toBe(false);
    expect(texts(dialog, '.compare-count')).toEqual(['83 项任务', '32 项任务']);
  });

  test('closing clears the pair and gives focus back; clearing the pair closes it', () => {
    const { store, dialog, opener } = mount();
    opener.focus();
    store.getState().setCompare(['610000', '330000']);
    expect(document.activeElement).toBe($(dialog, '.compare-title'));
    $(dialog, '.compare-close').click();
    expect(dialog.open).toBe(false);
    expect(store.getState().compare).toBeNull();
    expect(document.activeElement).toBe(opener);

    store.getState().setCompare(['610000', '330000']);
    expect(dialog.open).toBe(true);
    store.getState().setCompare(null);
    expect(dialog.open).toBe(false);
  });
});
