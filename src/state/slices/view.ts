import type { StateCreator } from 'zustand/vanilla';
import { CATEGORY_IDS, type CategoryId } from '../../domain/categories.ts';
import { NO_FILTERS, type Filters } from '../../domain/filters.ts';
import type { AppState } from '../store.ts';
import { DEFAULT_VIEW, type Camera, type LayerToggles, type MapLevel, type ViewState } from '../../view/schema.ts';
import { type Lang } from '../../i18n/lang.ts';

export interface ViewActions {
  /**
   * Shows a level: the nation, a province (focus = its code) or a prefecture. The map frames it anew unless
   * `keepCamera` (the user zoomed there).
   */
  setLevel: (level: MapLevel, focus?: string | null, opts?: { keepCamera?: boolean }) => void;
  select: (key: string | null) => void;
  setFilters: (patch: Partial<Filters>) => void;
  toggleCategory: (c: CategoryId) => void;
  clearFilters: () => void;
  setExpandComposites: (on: boolean) => void;
  setLayers: (patch: Partial<LayerToggles>) => void;
  setLang: (lang: Lang) => void;
  setCamera: (camera: Camera | null) => void;
  setTable: (open: boolean) => void;
  setCompare: (pair: [string, string] | null) => void;
  /** Shows who carries out an upper task (its id) on the map, or leaves that view (null); it replaces an indicator. */
  setCascade: (taskId: string | null) => void;
  /** Shows an indicator's commitments on the map (null: task counts again); the cascade view gives way, as they share the map. */
  setIndicator: (id: string | null) => void;
  /** Replaces the whole view (a URL opened, a presentation step shown). */
  applyView: (view: ViewState) => void;
}

export type ViewSlice = ViewState & ViewActions;

export const viewSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], ViewSlice> = (set) => ({
  ...DEFAULT_VIEW,
  setLevel: (level, focus = null, opts) =>
    set((s) => ({ level, focus: level === 'country' ? null : focus, camera: opts?.keepCamera ? s.camera : null })),
  select: (selected) => set({ selected }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleCategory: (c) =>
    set((s) => {
      const has = s.filters.categories.includes(c);
      const categories = has ? s.filters.categories.filter((x) => x !== c) : [...s.filters.categories, c];
      categories.sort((a, b) => CATEGORY_IDS.indexOf(a) - CATEGORY_IDS.indexOf(b));
      return { filters: { ...s.filters, categories } };
    }),
  clearFilters: () => set({ filters: NO_FILTERS }),
  setExpandComposites: (expandComposites) => set({ expandComposites }),
  setLayers: (patch) => set((s) => ({ layers: { ...s.layers, ...patch } })),
  setLang: (lang) => set({ lang }),
  setCamera: (camera) => set({ camera }),
  setTable: (table) => set({ table }),
  setCompare: (compare) => set({ compare }),
  setCascade: (cascade) => set(cascade === null ? { cascade } : { cascade, indicator: null }),
  setIndicator: (indicator) => set(indicator === null ? { indicator } : { indicator, cascade: null }),
  applyView: (view) => set({ ...view }),
});
