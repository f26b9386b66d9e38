import { shippedAtlas } from '../joins/fixtures.ts';
import { shippedComposites, shippedNational, shippedProvince } from '../export/geo-fixtures.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';

/** The shipped data and boundaries, decoded once per test file (they are read-only to the code under test). */
export const atlas = shippedAtlas();
export const national = shippedNational();
export const shaanxi = shippedProvince('610000');
export const composites = { national: shippedComposites('national'), full: shippedComposites('full') };

/** A store holding the shipped data and the national boundaries, as the app has them after loading. */
export function loadedStore(): AppStore {
  const store = createAppStore();
  store.getState().setData(atlas);
  store.getState().addBoundaries({ national, composites: { national: composites.national } });
  return store;
}
