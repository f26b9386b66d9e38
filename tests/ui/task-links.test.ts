// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createRegionPanel } from '../../src/ui/region-panel.ts';
import { createTaskLinks } from '../../src/ui/task-links.ts';
import { shippedLinkSet } from '../cascade/shipped-links.ts';
import { shippedAtlas } from '../joins/fixtures.ts';
import { mountPanel, texts } from './panel-fixtures.ts';

const data = shippedAtlas();
const linkSet = shippedLinkSet();
const YANG5 = 'yangxian-2023-work-points/5';
const uppersOf = (id: string) => linkSet.links.filter((k) => k.lower === id).sort((a, b) => b.score - a.score).map((k) => k.upper);
const lowersOf = (id: string) => linkSet.links.filter((k) => k.upper === id).map((k) => k.lower);

/** The panel with the links in and a link view of its own (not loaded lazily), on a region. */
function mount(region: string) {
  const m = mountPanel(data, (store) => store.getState().setLinks(linkSet));
  m.panel.destroy();
  const links = createTaskLinks(m.store);
  const panel = createRegionPanel(m.el, m.store, { viewer: m.viewer, links });
  m.store.getState().select(region);
  return { ...m, panel, links, dialog: links.element };
}

const focusTitle = (dialog: HTMLElement) => dialog.querySelector('.links-task')!.textContent;
const itemIds = (root: ParentNode) => [...root.querySelectorAll('.link-item')].map((li) => li.getAttribute('data-task-id'));

describe('a task’s links, from the region panel', () => {
  test('each task says how many tasks it carries out and is carried out by', () => {
    const { el } = mount('610723');
    const button = el.querySelector(`li[data-task-id="${YANG5}"] .links-button`)!;
    expect(button.textContent).toBe(`↑ ${uppersOf(YANG5).length} · ↓ 0`);
    expect(button.getAttribute('aria-label')).toContain('推进县城城镇化补短板强弱项');
  });

  test('洋县 (5) → its 陕西 and national counterparts, strongest first, the evidence marked in both texts; and back', () => {
    const { el, dialog } = mount('610723');
    el.querySelector<HTMLButtonElement>(`li[data-task-id="${YANG5}"] .links-button`)!.click();
    expect(dialog.open).toBe(true);
    expect(focusTitle(dialog)).toBe('(5) 推进县城城镇化补短板强弱项');
    const up = dialog.querySelector('.links-up')!;
    expect(itemIds(up)).toEqual(uppersOf(YANG5));
    expect(itemIds(up)).toEqual(expect.arrayContaining(['shaanxi-2023-key-tasks/9', 'national-2022-key-tasks/8']));
    const shaanxi = up.querySelector('.link-item[data-task-id="shaanxi-2023-key-tasks/9"]')!;
    expect(shaanxi.querySelector('.link-doc')!.textContent).toBe('陕西 2023 · 省级');
    // The reasons, in words: the shared terms, the clause copied, the same heading.
    expect(shaanxi.querySelector('.link-why')!.textContent).toMatch(/^都写到.*补短板强弱项.*；照录原句“发行地方政府专项债券.*；标题相同；/);
    expect(up.querySelector('.link-item[data-task-id="national-2022-key-tasks/8"] .link-doc')!.textContent).toBe('国家 2022');
    // Both texts, each with the shared terms marked, and the copied clause.
    const [mine, theirs] = [...shaanxi.querySelectorAll('.link-text-body')];
    for (const body of [mine!, theirs!]) {
      expect(texts(body, 'mark.ev-term')).toEqual(expect.arrayContaining(['补短板强弱项', '地方政府专项债券']));
      expect(texts(body, 'mark.ev-copy').join('')).toContain('多渠道筹措资金支持县城建设');
    }
    expect(mine!.textContent).toBe(data.table.tasks.find((t) => t.id === YANG5)!.text);

    // Follow to 陕西 (9): 洋县 (5) is among the tasks carrying it out, under 洋县.
    shaanxi.querySelector<HTMLButtonElement>('.link-follow')!.click();
    expect(focusTitle(dialog)).toBe('(9) 推进县城补短板强弱项');
    const down = dialog.querySelector('.links-down .link-region[data-region="610723"]')!;
    expect(down.querySelector('h4')!.textContent).toBe('洋县');
    expect(itemIds(down)).toEqual(expect.arrayContaining(lowersOf('shaanxi-2023-key-tasks/9')));
    expect(document.activeElement).toBe(dialog.querySelector('.links-task'));
    // Back along the way taken, or by the link itself.
    dialog.querySelector<HTMLButtonElement>('.links-back')!.click();
    expect(focusTitle(dialog)).toBe('(5) 推进县城城镇化补短板强弱项');
    dialog.querySelector<HTMLButtonElement>('.link-item[data-task-id="national-2022-key-tasks/8"] .link-follow')!.click();
    expect(focusTitle(dialog)).toBe('(8) 推进以县城为重要载体的城镇化建设');
    expect(itemIds(dialog.querySelector('.links-down')!)).toContain(YANG5);
    dialog.querySelector<HTMLButtonElement>(`.links-down .link-item[data-task-id="${YANG5}"] .link-follow`)!.click();
    expect(focusTitle(dialog)).toBe('(5) 推进县城城镇化补短板强弱项');
  });

  test('from a national task, "show on map" turns the cascade view on and closes the view', () => {
    const { store, links, dialog } = mount('100000');
    links.open('national-2022-key-tasks/6');
    expect(dialog.querySelector('.links-up .links-none')).not.toBeNull();
    const regions = [...dialog.querySelectorAll('.links-down .link-region')].map((r) => r.getAttribute('data-region'));
    expect(regions.sort()).toEqual(['330000', '610000']);
    store.getState().setLevel('prefecture', '610700');
    dialog.querySelector<HTMLButtonElement>('.links-map')!.click();
    expect(store.getState().cascade).toBe('national-2022-key-tasks/6');
    expect(store.getState().level).toBe('country');
    expect(dialog.open).toBe(false);
    // A provincial task: its province's map, where 洋县's 汉中 shows.
    links.open('shaanxi-2023-key-tasks/9');
    dialog.querySelector<HTMLButtonElement>('.links-map')!.click();
    expect([store.getState().level, store.getState().focus, store.getState().cascade]).toEqual(['province', '610000', 'shaanxi-2023-key-tasks/9']);
    // A county's task has no lower documents: no cascade view from it.
    links.open(YANG5);
    expect(dialog.querySelector('.links-map')).toBeNull();
  });
});

describe('a region’s take-up', () => {
  const national = data.table.documents.find((d) => d.document.level === 'national')!;
  const carried = (lowerDoc: string) => new Set(linkSet.links.filter((k) => k.lower.startsWith(`${lowerDoc}/`) && k.upper.startsWith('national-')).map((k) => k.upper));

  test('陕西 2023 carries out N of the 28 national tasks; the ones it leaves out are listed and open their links', () => {
    const { el, dialog } = mount('610000');
    const box = el.querySelector('.takeup[data-lower="shaanxi-2023-key-tasks"][data-upper="national-2022-key-tasks"]')!;
    const n = carried('shaanxi-2023-key-tasks').size;
    expect(box.querySelector('.takeup-line')!.textContent).toBe(`陕西 2023 落实了 国家 2022 的 28 项任务中的 ${n} 项`);
    const leftOut = [...box.querySelectorAll('.takeup-left-out .takeup-task')].map((b) => b.getAttribute('data-task-id'));
    expect(leftOut).toEqual(national.tasks.map((t) => t.id).filter((id) => !carried('shaanxi-2023-key-tasks').has(id)));
    box.querySelector<HTMLButtonElement>('.takeup-left-out .takeup-task')!.click();
    expect(dialog.open).toBe(true);
    // Both 陕西 documents, each against the national one; 洋县 against all three above it.
    expect(texts(el, '.takeup-line')).toHaveLength(2);
  });

  test('洋县 against 陕西’s two plans and the national one; a region without documents has no section', () => {
    const { el, store } = mount('610723');
    expect(texts(el, '.takeup-line').map((x) => x.split(' 落实了 ')[1]!.split(' 的')[0])).toEqual(['陕西 2023', '陕西 2022', '国家 2022']);
    store.getState().select('610100');
    expect(el.querySelector<HTMLElement>('.panel-takeup')!.hidden).toBe(true);
  });

  test('in the cascade view, which of the region’s tasks (or of regions within it) carry the task out', () => {
    const { el, store } = mount('610000');
    store.getState().setCascade('national-2022-key-tasks/6');
    const ids = [...el.querySelectorAll('.takeup-cascade .takeup-task')].map((b) => b.getAttribute('data-task-id'));
    expect(ids.sort()).toEqual(lowersOf('national-2022-key-tasks/6').filter((id) => id.startsWith('shaanxi-')).sort());
    store.getState().setCascade('national-2022-key-tasks/8');
    store.getState().select('610700');
    expect([...el.querySelectorAll('.takeup-cascade .takeup-task')].map((b) => b.getAttribute('data-task-id'))).toContain(YANG5);
  });
});
