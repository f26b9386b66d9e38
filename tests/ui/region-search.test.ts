// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { createHeaderBar } from '../../src/ui/header-bar.ts';
import { createRegionSearch } from '../../src/ui/region-search.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const atlas = shippedAtlas();

describe('the region search', () => {
  test('answers from the regions alone: a search typed while the tasks still load is not lost', () => {
    const store = createAppStore();
    store.getState().setRegions(atlas, null);
    expect(store.getState().data).toBeNull();
    const onChoose = vi.fn();
    const search = createRegionSearch(store, { id: 'region-search', onChoose });
    document.body.append(search.el);
    search.input.value = '洋县';
    search.input.dispatchEvent(new Event('input'));
    const options = [...search.el.querySelectorAll('[role=option]')];
    expect(options.map((li) => li.getAttribute('data-key'))).toContain('610723');
    // Where it lies, from the same names.
    expect(options.find((li) => li.getAttribute('data-key') === '610723')!.textContent).toContain('陕西省汉中市');
    expect(search.el.querySelector('ul')!.hidden).toBe(false);
    search.destroy();
  });

  test('the header’s search goes to a region chosen while the tasks still load, and names its levels', () => {
    const store = createAppStore();
    store.getState().setRegions(atlas, null);
    const header = document.createElement('header');
    document.body.append(header);
    createHeaderBar(header, store);
    const input = header.querySelector<HTMLInputElement>('#region-search')!;
    input.value = '洋县';
    input.dispatchEvent(new Event('input'));
    header.querySelector('#region-results [data-key="610723"]')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    expect(store.getState()).toMatchObject({ level: 'prefecture', focus: '610700', selected: '610723' });
    expect([...header.querySelectorAll('.levels button')].map((b) => b.textContent)).toEqual(['全国', '陕西省', '汉中市']);
    header.remove();
  });
});
