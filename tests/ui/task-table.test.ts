// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CATEGORIES } from '../../src/domain/categories.ts';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { createAtlasData } from '../../src/joins/atlas-data.ts';
import { REGISTRY } from '../../src/regions/registry.ts';
import { shippedLinkSet } from '../cascade/shipped-links.ts';
import { parseCsv } from '../export/rfc4180.ts';
import { divisions, shippedAtlas, shippedDocuments } from '../joins/fixtures.ts';
import { clickHeader, columnTexts, header, key, mountTable, rowIds } from './table-fixtures.ts';

const data = shippedAtlas();
const allIds = data.table.tasks.map((t) => t.id);
const yangDoc = data.table.documents.find((d) => d.document.id === 'yangxian-2023-work-points')!;
const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

afterEach(() => vi.restoreAllMocks());

describe('task table: rows', () => {
  test('closed until the table is on; then every task, in document order', () => {
    const { el, store } = mountTable(data, (s) => s.getState().setTable(false));
    expect(el.hidden).toBe(true);
    expect(rowIds(el)).toEqual([]);
    store.getState().setTable(true);
    expect(el.hidden).toBe(false);
    expect(rowIds(el)).toEqual(allIds);
    expect(el.querySelector('.task-table-count')!.textContent).toBe('143 项任务');
    // All 143 rows are in the DOM, so the table is an ordinary one: no row counts for a partial table.
    expect(el.querySelector('table')!.hasAttribute('aria-rowcount')).toBe(false);
  });

  test('the cells of a row: short document, label, title, categories, departments, places, targets, deadline', () => {
    const { el } = mountTable(data);
    const tr = el.querySelector('tr[data-task-id="shaanxi-2023-key-tasks/9"]')!;
    const cell = (c: string) => tr.querySelector(`td.col-${c}`)!;
    const task = data.table.tasks.find((t) => t.id === 'shaanxi-2023-key-tasks/9')!;
    expect(cell('document').textContent).toBe('陕西 2023');
    expect(cell('document').getAttribute('title')).toBe('2023年陕西省推动新型城镇化高质量发展重点工作任务');
    expect(cell('label').textContent).toBe(task.label);
    expect(cell('title').textContent).toBe(task.title.trim());
    expect(cell('categories').textContent).toBe(task.categories.map((c) => CATEGORIES.find((x) => x.id === c)!.zh).join('、'));
    expect(cell('departments').textContent).toBe(task.departments.join('、'));
    expect(cell('places').textContent).toBe('陕西省、富平县、三原县、岐山县');
    expect(columnTexts(el, 'document').slice(63, 64)).toEqual(['洋县 2023']);
    expect(new Set(columnTexts(el, 'document'))).toEqual(new Set(['陕西 2023', '陕西 2022', '洋县 2023', '浙江 2023', '国家 2022']));
  });

  test('targets: the count and the first one formatted; the earliest deadline, marked when inferred', () => {
    const { el } = mountTable(data);
    const k = yangDoc.tasks.findIndex((t) => t.targets.some((x) => x.quantity.includes('8635')));
    const tr = el.querySelector(`tr[data-task-id="${yangDoc.tasks[k]!.id}"]`)!;
    const task = yangDoc.tasks[k]!;
    expect(tr.querySelector('td.col-targets .target-count')!.textContent).toBe(String(task.targets.length));
    expect(tr.querySelector('td.col-targets')!.textContent).toMatch(/^\d+ · /);
    expect(tr.querySelector('td.col-deadline')!.textContent).toBe('2023年† (期限按年度推定)');
    // No target, no deadline: empty cells, not "0" or "—".
    const bare = data.table.tasks.find((t) => !t.targets.length && !t.deadlines.length)!;
    const row = el.querySelector(`tr[data-task-id="${bare.id}"]`)!;
    expect(row.querySelector('td.col-targets')!.textContent).toBe('');
    expect(row.querySelector('td.col-deadline')!.textContent).toBe('');
  });

  test('indicators: each one a task’s targets measure, with the value in its unit; empty where none does', () => {
    const { el, store } = mountTable(data);
    const task = data.table.tasks.find((t) => t.targets.some((x) => x.quantity === '600万人次以上'))!;
    const cell = el.querySelector(`tr[data-task-id="${task.id}"] td.col-indicators`)!;
    expect(cell.textContent).toContain('农民工补贴性培训 ≥600万 人次');
    const bare = data.table.tasks.find((t) => !t.targets.length)!;
    expect(el.querySelector(`tr[data-task-id="${bare.id}"] td.col-indicators`)!.textContent).toBe('');
    store.getState().setFilters({ indicators: ['migrant-worker-training'] });
    expect(columnTexts(el, 'indicators').every((x) => x.includes('农民工补贴性培训'))).toBe(true);
    expect(rowIds(el)).toHaveLength(3);
  });

  test('a category filter keeps exactly the kept tasks, and says the filters are on', () => {
    const { el, store } = mountTable(data);
    store.getState().toggleCategory('hukou');
    const hukou = data.table.tasks.filter((t) => t.categories.includes('hukou')).map((t) => t.id);
    expect(rowIds(el)).toEqual(hukou);
    expect(el.querySelector('.task-table-count')!.textContent).toBe(`当前筛选下 ${hukou.length} 项任务（共 143 项）`);
    store.getState().toggleCategory('culture-heritage');
    store.getState().toggleCategory('hukou');
    store.getState().setFilters({ text: '不存在的词语' });
    expect(rowIds(el)).toEqual([]);
    expect(el.querySelector<HTMLElement>('.task-table-empty')!.hidden).toBe(false);
    expect(el.querySelector('.task-table-empty')!.textContent).toBe('当前筛选下没有任务。');
  });

  test('selecting a region narrows the rows to its tasks, says so, and can be cleared: 洋县 → 20', () => {
    const { el, store } = mountTable(data);
    const note = el.querySelector<HTMLElement>('.task-table-region')!;
    expect(note.hidden).toBe(true);
    store.getState().select('610723');
    expect(rowIds(el)).toEqual(yangDoc.tasks.map((t) => t.id));
    expect(rowIds(el)).toHaveLength(20);
    expect(note.hidden).toBe(false);
    expect(note.textContent).toContain('仅显示涉及洋县的任务');
    note.querySelector('button')!.click();
    expect(store.getState().selected).toBeNull();
    expect(rowIds(el)).toHaveLength(143);
    expect(note.hidden).toBe(true);
  });

  test('a region with the filters: the intersection; a composite, with and without counting its members', () => {
    const { el, store } = mountTable(data);
    store.getState().select('610723');
    store.getState().toggleCategory('hukou');
    expect(rowIds(el)).toEqual(yangDoc.tasks.filter((t) => t.categories.includes('hukou')).map((t) => t.id));
    expect(el.querySelector('.task-table-count')!.textContent).toMatch(/（共 20 项）$/);
    store.getState().clearFilters();
    store.getState().select('xian-metro');
    expect(rowIds(el)).toHaveLength(2);
    store.getState().select('610723');
    store.getState().setExpandComposites(true);
    expect(rowIds(el).length).toBeGreaterThan(20);
  });

  test('English: headers, categories, place names and document names switch', () => {
    const { el, store } = mountTable(data);
    store.getState().setLang('en');
    expect([...el.querySelectorAll('thead th button')].map((b) => b.firstChild!.textContent)).toEqual(['Document', 'No.', 'Title', 'Categories', 'Departments', 'Places', 'Targets', 'Indicators', 'Earliest deadline']);
    const tr = el.querySelector('tr[data-task-id="shaanxi-2023-key-tasks/9"]')!;
    expect(tr.querySelector('td.col-document')!.textContent).toBe('Shaanxi 2023');
    expect(tr.querySelector('td.col-places')!.textContent).toContain('Fuping');
    const english = new Set<string>(CATEGORIES.map((c) => c.en));
    expect(tr.querySelector('td.col-categories')!.textContent!.split(', ').every((c) => english.has(c))).toBe(true);
    expect(el.querySelector('.export-csv')!.textContent).toBe('Export CSV');
    expect(el.querySelector('.row-map')!.textContent).toBe('Show on map');
  });
});

describe('task table: sorting', () => {
  test('a header click sorts ascending, again descending, a third time back to document order', () => {
    const { el } = mountTable(data);
    const titles = () => columnTexts(el, 'title');
    clickHeader(el, 'title');
    expect(header(el, 'title').getAttribute('aria-sort')).toBe('ascending');
    expect(titles()).toEqual([...titles()].sort(collator.compare));
    expect(titles()).not.toEqual(data.table.tasks.map((t) => t.title.trim()));
    clickHeader(el, 'title');
    expect(header(el, 'title').getAttribute('aria-sort')).toBe('descending');
    expect(titles()).toEqual([...titles()].sort(collator.compare).reverse());
    clickHeader(el, 'title');
    expect(header(el, 'title').hasAttribute('aria-sort')).toBe(false);
    expect(rowIds(el)).toEqual(allIds);
  });

  test('one sorted column at a time; numbers sort as numbers, ties keep document order', () => {
    const { el } = mountTable(data);
    clickHeader(el, 'title');
    clickHeader(el, 'targets');
    expect(header(el, 'title').hasAttribute('aria-sort')).toBe(false);
    clickHeader(el, 'targets');
    expect(header(el, 'targets').getAttribute('aria-sort')).toBe('descending');
    const counts = rowIds(el).map((id) => data.table.tasks.find((t) => t.id === id)!.targets.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Among tasks with the same count, document order.
    const zero = rowIds(el).filter((id) => !data.table.tasks.find((t) => t.id === id)!.targets.length);
    expect(zero).toEqual(allIds.filter((id) => zero.includes(id)));
    // Labels by their number: (10) after (9).
    clickHeader(el, 'label');
    const labels = columnTexts(el, 'label').map((l) => Number(/\d+/.exec(l)![0]));
    expect(labels).toEqual([...labels].sort((a, b) => a - b));
  });

  test('deadlines by date, tasks without one last in both directions', () => {
    const { el } = mountTable(data);
    const years = (cells: string[]) => cells.filter(Boolean).map((c) => Number(c.slice(0, 4)));
    clickHeader(el, 'deadline');
    const asc = columnTexts(el, 'deadline');
    const firstEmpty = asc.indexOf('');
    expect(firstEmpty).toBeGreaterThan(0);
    expect(asc.slice(firstEmpty).every((c) => c === '')).toBe(true);
    expect(years(asc)).toEqual([...years(asc)].sort((a, b) => a - b));
    expect(new Set(years(asc)).size).toBeGreaterThan(2);
    // Within 2023: 2023年6月 (end of June) before 2023年 (end of December).
    expect(asc.indexOf('2023年6月')).toBeGreaterThanOrEqual(0);
    expect(asc.indexOf('2023年6月')).toBeLessThan(asc.findIndex((c) => c.startsWith('2023年†') || c === '2023年'));
    clickHeader(el, 'deadline');
    const desc = columnTexts(el, 'deadline');
    expect(desc.indexOf('')).toBe(firstEmpty);
    expect(desc.slice(firstEmpty).every((c) => c === '')).toBe(true);
    expect(years(desc)).toEqual([...years(desc)].sort((a, b) => b - a));
  });

  test('a sort survives a filter change and a region selection', () => {
    const { el, store } = mountTable(data);
    clickHeader(el, 'title');
    store.getState().select('610723');
    expect(rowIds(el)).toHaveLength(20);
    expect(columnTexts(el, 'title')).toEqual([...columnTexts(el, 'title')].sort(collator.compare));
  });

  test('headers are buttons, so Enter and Space sort from the keyboard', () => {
    const { el } = mountTable(data);
    const b = header(el, 'places').querySelector('button')!;
    expect(b.getAttribute('type')).toBe('button');
    expect(b.textContent).toContain('地区');
  });
});

describe('task table: picking a task', () => {
  test('a click on a row picks its task and marks the row', () => {
    const { el, store } = mountTable(data);
    const tr = el.querySelector<HTMLElement>('tr[data-task-id="zhejiang-2023-work-points/3"]')!;
    tr.querySelector<HTMLElement>('td.col-title')!.click();
    expect(store.getState().activeTask).toBe('zhejiang-2023-work-points/3');
    expect(tr.getAttribute('aria-current')).toBe('true');
    expect(el.querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  test('Enter or Space on a row picks; Escape drops the pick', () => {
    const { el, store } = mountTable(data);
    const rows = el.querySelectorAll<HTMLElement>('tr.task-row');
    expect(key(rows[4]!, 'Enter').defaultPrevented).toBe(true);
    expect(store.getState().activeTask).toBe(allIds[4]);
    key(rows[7]!, ' ');
    expect(store.getState().activeTask).toBe(allIds[7]);
    key(rows[7]!, 'Escape');
    expect(store.getState().activeTask).toBeNull();
    expect(el.querySelectorAll('[aria-current]')).toHaveLength(0);
  });

  test('a pick made elsewhere (the panel) is marked here too', () => {
    const { el, store } = mountTable(data);
    store.getState().pickTask(allIds[30]!);
    expect(el.querySelector('[aria-current]')!.getAttribute('data-task-id')).toBe(allIds[30]);
  });

  test('"在地图上查看" picks the task and shows its first place: level, focus, selection', () => {
    const { el, store } = mountTable(data);
    const tr = el.querySelector<HTMLElement>('tr[data-task-id="shaanxi-2023-key-tasks/9"]')!;
    const button = tr.querySelector<HTMLButtonElement>('button.row-map')!;
    expect(button.getAttribute('aria-label')).toBe(`在地图上查看: ${tr.querySelector('.col-label')!.textContent} ${tr.querySelector('.col-title')!.textContent}`);
    button.click();
    // 富平县 (the province named first is the plan's own, context): shown on 渭南's map.
    expect(store.getState()).toMatchObject({ activeTask: 'shaanxi-2023-key-tasks/9', level: 'prefecture', focus: '610500', selected: '610528' });
    // The table now lists 富平's tasks, the picked one among them.
    expect(rowIds(el)).toContain('shaanxi-2023-key-tasks/9');
    expect(el.querySelector('.task-table-region')!.textContent).toContain('富平县');
  });
});

describe('task table: keyboard', () => {
  test('one tab stop among the rows; arrows, Home and End move it and the focus', () => {
    const { el } = mountTable(data);
    const tabbable = () => [...el.querySelectorAll<HTMLElement>('tbody tr')].filter((tr) => tr.tabIndex === 0);
    expect(tabbable().map((tr) => tr.dataset.taskId)).toEqual([allIds[0]]);
    const first = tabbable()[0]!;
    first.focus();
    key(first, 'ArrowDown');
    expect(document.activeElement).toBe(el.querySelector(`tr[data-task-id="${allIds[1]}"]`));
    expect(tabbable().map((tr) => tr.dataset.taskId)).toEqual([allIds[1]]);
    key(document.activeElement!, 'End');
    expect((document.activeElement as HTMLElement).dataset.taskId).toBe(allIds[142]);
    key(document.activeElement!, 'ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.taskId).toBe(allIds[142]);
    key(document.activeElement!, 'Home');
    expect((document.activeElement as HTMLElement).dataset.taskId).toBe(allIds[0]);
    key(document.activeElement!, 'ArrowUp');
    expect((document.activeElement as HTMLElement).dataset.taskId).toBe(allIds[0]);
    // The row's map button is in the tab order only for that row.
    const buttons = [...el.querySelectorAll<HTMLElement>('button.row-map')].filter((b) => b.tabIndex === 0);
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.closest('tr')).toBe(document.activeElement);
  });

  test('the tab stop follows its task through a re-sort', () => {
    const { el } = mountTable(data);
    const tr = el.querySelector<HTMLElement>(`tr[data-task-id="${allIds[10]}"]`)!;
    tr.click();
    clickHeader(el, 'title');
    const tabbable = [...el.querySelectorAll<HTMLElement>('tbody tr')].filter((r) => r.tabIndex === 0);
    expect(tabbable.map((r) => r.dataset.taskId)).toEqual([allIds[10]]);
  });
});

describe('task table: exports', () => {
  test('导出 CSV downloads the rows shown, as a CSV Excel reads, with the upper tasks they carry out', async () => {
    const { el, store } = mountTable(data);
    store.getState().toggleCategory('hukou');
    store.getState().setLinks(shippedLinkSet());
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:test'));
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download;
    });
    el.querySelector<HTMLButtonElement>('.export-csv')!.click();
    // The export makes sure the links are in first (they are here).
    await vi.waitFor(() => expect(downloaded).toBe('task-atlas-tasks.csv'));
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes));
    expect(records.slice(1).map((r) => r[4])).toEqual(rowIds(el));
    expect(records).toHaveLength(11);
    const shaanxiHukou = records.find((r) => r[4] === 'shaanxi-2023-key-tasks/1')!;
    expect(shaanxiHukou.at(-1)).toBe(shippedLinkSet().links.filter((k) => k.lower === 'shaanxi-2023-key-tasks/1').map((k) => k.upper).join('; '));
    expect(shaanxiHukou.at(-1)).toContain('national-2022-key-tasks/1');
  });

  test('导出 GeoJSON downloads the regions of the level, with the outlines it was given', async () => {
    const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    const { el, store } = mountTable(data, undefined, { geometryOf: (code) => (code === '610723' ? square : null) });
    store.getState().setLevel('prefecture', '610700');
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:test'));
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download;
    });
    el.querySelector<HTMLButtonElement>('.export-geojson')!.click();
    expect(downloaded).toBe('task-atlas-regions-prefecture-610700.geojson');
    const fc = JSON.parse(await blobs[0]!.text());
    expect(fc.features.map((f: { id: string }) => f.id)).toEqual(data.tree.childrenOf('610700'));
    expect(fc.features.find((f: { id: string }) => f.id === '610723')).toMatchObject({ geometry: square, properties: { name: '洋县', tasks: 20 } });
  });
});

describe('task table: text from the data is inert', () => {
  test('markup in titles, labels, departments and document titles renders as text', () => {
    const SCRIPT = '<script>alert(1)</script>';
    const IMG = '<img src=x onerror="alert(2)">';
    const docs: ExtractedDocument[] = structuredClone(shippedDocuments());
    const yang = docs.find((d) => d.document.id === 'yangxian-2023-work-points')!;
    yang.document.title += SCRIPT;
    yang.tasks[0]!.title = `${SCRIPT}${yang.tasks[0]!.title}`;
    yang.tasks[0]!.label = IMG;
    yang.tasks[0]!.departments = [SCRIPT];
    const { el } = mountTable(createAtlasData(docs, divisions(), REGISTRY));
    const tr = el.querySelector(`tr[data-task-id="${yang.tasks[0]!.id}"]`)!;
    expect(document.querySelector('script, img')).toBeNull();
    expect(tr.querySelector('.col-title')!.textContent).toContain(SCRIPT);
    expect(tr.querySelector('.col-label')!.textContent).toBe(IMG);
    expect(tr.querySelector('.col-departments')!.textContent).toBe(SCRIPT);
    expect(tr.querySelector('.col-document')!.getAttribute('title')).toContain(SCRIPT);
    expect(tr.querySelector('.row-map')!.getAttribute('aria-label')).toContain(IMG);
  });
});

describe('task table: destroy', () => {
  test('stops listening and empties the section', () => {
    const { el, store, table } = mountTable(data);
    table.destroy();
    store.getState().select('610723');
    expect(el.hidden).toBe(true);
    expect(el.childNodes).toHaveLength(0);
  });
});
