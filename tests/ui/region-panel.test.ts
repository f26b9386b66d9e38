// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../src/domain/categories.ts';
import { shippedAtlas } from '../joins/fixtures.ts';
import { mountPanel, texts } from './panel-fixtures.ts';

const data = shippedAtlas();
const yangDoc = data.table.documents.find((d) => d.document.id === 'yangxian-2023-work-points')!;
const rows = (el: HTMLElement) => [...el.querySelectorAll('.targets-table tbody tr')].map((tr) => texts(tr, 'td'));

describe('region panel: 洋县 (610723)', () => {
  test('hidden until a region is selected', () => {
    const { el, store } = mountPanel(data);
    expect(el.hidden).toBe(true);
    store.getState().select('610723');
    expect(el.hidden).toBe(false);
    store.getState().select(null);
    expect(el.hidden).toBe(true);
  });

  test('both names, and the count of tasks', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('610723');
    expect(el.querySelector('h2')!.textContent).toBe('洋县 Yang County');
    expect(el.querySelector('.panel-count')!.textContent).toBe('20 项任务');
    expect(el.querySelector('.panel-kind')!.hasAttribute('hidden')).toBe(true);
    expect(el.getAttribute('aria-labelledby')).toBe(el.querySelector('h2')!.id);
  });

  test('20 tasks in the 5 sections of the 洋县 plan, in order, under the plan', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('610723');
    const docs = el.querySelectorAll('.doc-group');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.querySelector('.doc-title')!.textContent).toBe('洋县2023年推动新型城镇化高质量发展工作要点');
    expect(docs[0]!.querySelector('.doc-meta')!.textContent).toBe('洋县人民政府办公室 · 2023-05-12 · 洋政办发〔2023〕20号');
    expect(texts(el, '.section-title')).toEqual(yangDoc.sections.map((s) => s.title));
    expect(el.querySelectorAll('.section-group')).toHaveLength(5);
    expect([...el.querySelectorAll('li.task')].map((li) => li.getAttribute('data-task-id'))).toEqual(yangDoc.tasks.map((t) => t.id));
    expect(texts(el, '.task-label')).toEqual(yangDoc.tasks.map((t) => t.label));
  });

  test('each task shows its title, its departments and a source button', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('610723');
    const first = el.querySelector('li.task')!;
    expect(first.querySelector('.task-title')!.textContent).toBe(`${yangDoc.tasks[0]!.label} ${yangDoc.tasks[0]!.title.trim()}`);
    expect(first.querySelector('.task-departments')!.textContent).toBe(`责任部门：${yangDoc.tasks[0]!.departments.join('、')}`);
    expect(texts(el, 'li.task .source-button')).toEqual(yangDoc.tasks.map(() => '查看原文'));
  });

  test('the targets table: 8635 座 and 60.9 公里, deadlines, and a dagger where the year is the plan’s', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('610723');
    const table = rows(el);
    expect(table).toHaveLength(yangDoc.tasks.flatMap((t) => t.targets).length);
    expect(table).toContainEqual(['8635', '座', '2023年† (期限按年度推定)', '改造卫生厕所8635座']);
    expect(table.find((r) => r[1] === '公里')!.slice(0, 2)).toEqual(['60.9', '公里']);
    expect(table.find((r) => r[0] === '≥92')!.slice(1, 2)).toEqual(['%']);
    // 2023年完成农民工补贴性培训2500人次: the year is in the wording, so no dagger.
    expect(table.find((r) => r[0] === '2500')![2]).toBe('2023年');
    expect(el.querySelector('.table-note')!.textContent).toContain('†');
  });

  test('the categories chart and the timeline are drawn from the same tasks', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('610723');
    const categories = new Set(yangDoc.tasks.flatMap((t) => t.categories));
    expect(el.querySelectorAll('.panel-categories g.bar')).toHaveLength(categories.size);
    const marks = yangDoc.tasks.flatMap((t) => t.targets.filter((x) => x.deadline)).length + 1; // + 6月底前
    expect(el.querySelectorAll('.panel-timeline .marks .mark')).toHaveLength(marks);
    expect(el.querySelectorAll('.panel-timeline .marks .milestone')).toHaveLength(1);
  });

  test('the departments, most tasks first', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('610723');
    const first = texts(el.querySelector('.department-table tbody tr')!, 'td');
    expect(first).toEqual(['住建局', String(yangDoc.tasks.filter((t) => t.departments.includes('住建局')).length)]);
  });
});

describe('region panel: a composite, filters, language', () => {
  test('西安都市圈: its two tasks and its kind', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('xian-metro');
    expect(el.querySelector('h2')!.textContent).toBe('西安都市圈 Xi’an Metropolitan Area'.replace('’', "'"));
    expect(el.querySelector('.panel-kind')!.textContent).toBe('都市圈');
    expect(el.querySelectorAll('li.task')).toHaveLength(2);
    expect(el.querySelectorAll('.doc-group')).toHaveLength(2);
    expect(el.querySelector('.panel-count')!.textContent).toBe('2 项任务');
    // No targets and no deadlines: said, not left blank.
    expect(el.querySelector('.panel-targets')!.textContent).toContain('没有量化目标');
    expect(el.querySelector('.panel-timeline .chart-empty')!.hasAttribute('hidden')).toBe(false);
  });

  test('a category filter re-renders with fewer tasks and says the filters are on', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('610723');
    store.getState().toggleCategory('hukou');
    const hukou = yangDoc.tasks.filter((t) => t.categories.includes('hukou'));
    expect(hukou.length).toBeLessThan(20);
    expect(el.querySelectorAll('li.task')).toHaveLength(hukou.length);
    expect(el.querySelector('.panel-count')!.textContent).toBe(`当前筛选下 ${hukou.length} 项任务（共 20 项）`);
    store.getState().toggleCategory('hukou');
    expect(el.querySelectorAll('li.task')).toHaveLength(20);
  });

  test('filters that leave no task: an empty state that can clear them', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('610723');
    expect(yangDoc.tasks.some((t) => t.categories.includes('culture-heritage'))).toBe(false);
    store.getState().toggleCategory('culture-heritage');
    expect(el.querySelectorAll('li.task')).toHaveLength(0);
    expect(el.querySelector('.panel-empty')!.textContent).toContain('当前筛选下没有任务');
    expect(el.querySelector<HTMLElement>('.panel-tasks')!.hidden).toBe(true);
    el.querySelector<HTMLButtonElement>('.panel-clear')!.click();
    expect(store.getState().filters.categories).toEqual([]);
    expect(el.querySelectorAll('li.task')).toHaveLength(20);
    expect(el.querySelector<HTMLElement>('.panel-empty')!.hidden).toBe(true);
  });

  test('English: headings, names, category labels and numbers switch', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('610000');
    expect(rows(el).map((r) => r[0])).toContain('20万');
    expect(texts(el, '.panel-section h3')).toEqual(['任务', '量化目标', '类别分布', '时间节点', '责任部门']);
    store.getState().setLang('en');
    expect(texts(el, '.panel-section h3')).toEqual(['Tasks', 'Targets', 'By category', 'Deadlines', 'Responsible bodies']);
    expect(el.querySelector('h2')!.textContent).toBe('Shaanxi 陕西省');
    expect(el.querySelector('.panel-count')!.textContent).toBe('83 tasks');
    const labels = texts(el, '.panel-categories .tick text');
    expect(labels.length).toBeGreaterThan(3);
    const english = new Set<string>(CATEGORIES.map((c) => c.en));
    expect(labels.every((l) => english.has(l))).toBe(true);
    expect(rows(el).map((r) => r[0])).toContain('200,000');
    expect(texts(el, '.source-button')[0]).toBe('Source text');
    expect(el.getAttribute('lang')).toBe('en');
  });

  test('counting composites for their members brings in their tasks', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('610723');
    store.getState().setExpandComposites(true);
    expect(el.querySelectorAll('li.task').length).toBeGreaterThan(20);
  });

  test('an unknown key says so instead of failing', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('999999');
    expect(el.querySelector('h2')!.textContent).toBe('未知地区 999999');
    expect(el.querySelector('.panel-empty')!.textContent).toContain('没有涉及该地区的任务');
  });

  test('a region selected before the data arrives shows once it does', () => {
    document.body.replaceChildren();
    const { el, store } = mountPanel(data);
    store.setState({ data: null, status: 'loading' });
    store.getState().select('610723');
    expect(el.hidden).toBe(false);
    expect(el.querySelector('.panel-count')!.textContent).toBe('正在加载…');
    expect(el.querySelectorAll('li.task')).toHaveLength(0);
    store.getState().setData(data);
    expect(el.querySelectorAll('li.task')).toHaveLength(20);
  });
});

describe('region panel: keyboard and focus', () => {
  test('the close button closes', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('610723');
    el.querySelector<HTMLButtonElement>('.panel-close')!.click();
    expect(store.getState().selected).toBeNull();
    expect(el.hidden).toBe(true);
  });

  test('Escape inside the panel closes it; Escape elsewhere does not', () => {
    const { el, store } = mountPanel(data);
    store.getState().select('610723');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(store.getState().selected).toBe('610723');
    el.querySelector('li.task button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(store.getState().selected).toBeNull();
  });

  test('selecting moves focus to the heading; closing gives it back', () => {
    const { el, store } = mountPanel(data);
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    store.getState().select('610723');
    expect(document.activeElement).toBe(el.querySelector('h2'));
    store.getState().select('xian-metro');
    expect(document.activeElement).toBe(el.querySelector('h2'));
    el.querySelector<HTMLButtonElement>('.panel-close')!.click();
    expect(document.activeElement).toBe(opener);
  });

  test('a region already selected at start (from a URL) does not take focus', () => {
    const opener = document.createElement('button');
    const { el } = mountPanel(data, (store) => {
      document.body.append(opener);
      opener.focus();
      store.getState().select('610723');
    });
    expect(el.hidden).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  test('destroy stops listening and empties the panel', () => {
    const { el, store, panel } = mountPanel(data);
    panel.destroy();
    store.getState().select('610723');
    expect(el.hidden).toBe(true);
    expect(el.childNodes).toHaveLength(0);
  });
});
