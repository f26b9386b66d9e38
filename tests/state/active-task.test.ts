import { describe, expect, test } from 'vitest';
import { taskPlaceKeys } from '../../src/joins/task-index.ts';
import { selectActiveTask, selectActiveTaskPlaces } from '../../src/state/active-task.ts';
import { createAppStore } from '../../src/state/store.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

const data = shippedAtlas();
const store = () => {
  const s = createAppStore();
  s.getState().setData(data);
  return s;
};
const k = (id: string) => data.table.tasks.findIndex((t) => t.id === id);

describe('the places of the picked task', () => {
  test('nothing picked, or an unknown id: none', () => {
    const s = store();
    expect(selectActiveTaskPlaces(s.getState())).toEqual([]);
    s.getState().pickTask('no/such');
    expect(selectActiveTaskPlaces(s.getState())).toEqual([]);
    expect(selectActiveTask(s.getState())).toBeNull();
  });

  test('admin codes in the order the text names them; the issuing province is context, left out', () => {
    const s = store();
    s.getState().pickTask('shaanxi-2023-key-tasks/9');
    expect(selectActiveTask(s.getState())!.id).toBe('shaanxi-2023-key-tasks/9');
    expect(data.table.tasks[k('shaanxi-2023-key-tasks/9')]!.places.map((p) => p.code)).toContain('610000');
    expect(selectActiveTaskPlaces(s.getState())).toEqual(['610528', '610422', '610323']);
  });

  test('towns give their county, once; composites their id', () => {
    // 华阳, 龙亭, 磨子桥 … are all towns of 洋县.
    expect(taskPlaceKeys(data.table, k('yangxian-2023-work-points/6'))).toEqual(['610723']);
    const withComposite = data.table.tasks.find((t) => t.places.some((p) => p.regionId === 'xian-metro'))!;
    expect(taskPlaceKeys(data.table, k(withComposite.id))).toContain('xian-metro');
  });

  test('a task that names no place: its issuer, China for a national plan', () => {
    const yang = data.table.tasks.find((t) => t.id.startsWith('yangxian') && t.places.length === 0)!;
    expect(taskPlaceKeys(data.table, k(yang.id))).toEqual(['610723']);
    const national = data.table.tasks.find((t) => t.id.startsWith('national') && t.places.length === 0)!;
    expect(taskPlaceKeys(data.table, k(national.id))).toEqual(['100000']);
  });

  test('the same array while the pick is the same, a new one when it changes', () => {
    const s = store();
    s.getState().pickTask('shaanxi-2023-key-tasks/9');
    const first = selectActiveTaskPlaces(s.getState());
    s.getState().select('610000');
    expect(selectActiveTaskPlaces(s.getState())).toBe(first);
    s.getState().pickTask('shaanxi-2023-key-tasks/18');
    expect(selectActiveTaskPlaces(s.getState())).not.toBe(first);
    expect(selectActiveTaskPlaces(s.getState())).toEqual(['xixian-junction-pilot', '610403', '610528', '610431']);
  });
});
