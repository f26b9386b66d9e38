// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
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
});
