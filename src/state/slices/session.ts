import type { StateCreator } from 'zustand/vanilla';
import type { AtlasData } from '../../joins/atlas-data.ts';
import type { AppState } from '../store.ts';

/** What is not part of a shareable view: loading, the data itself, the pointer. */
export interface SessionSlice {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  data: AtlasData | null;
  hovered: string | null;
  setData: (data: AtlasData) => void;
  setError: (message: string) => void;
  hover: (key: string | null) => void;
}

export const sessionSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], SessionSlice> = (set) => ({
  status: 'loading',
  error: null,
  data: null,
  hovered: null,
  setData: (data) => set({ data, status: 'ready', error: null }),
  setError: (error) => set({ status: 'error', error }),
  hover: (hovered) => set({ hovered }),
});
