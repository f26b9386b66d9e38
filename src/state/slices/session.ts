import type { StateCreator } from 'zustand/vanilla';
import type { AtlasData } from '../../joins/atlas-data.ts';
import type { AppState } from '../store.ts';

/** What is not part of a shareable view: loading, the data itself, the pointer. */
export interface SessionSlice {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  data: AtlasData | null;
  hovered: string | null;
  /** A task picked in the table or a panel: the map shows its places. Not part of the URL. */
  activeTask: string | null;
  setData: (data: AtlasData) => void;
  setError: (message: string) => void;
  hover: (key: string | null) => void;
  pickTask: (id: string | null) => void;
}

export const sessionSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], SessionSlice> = (set) => ({
  status: 'loading',
  error: null,
  data: null,
  hovered: null,
  activeTask: null,
  setData: (data) => set({ data, status: 'ready', error: null }),
  setError: (error) => set({ status: 'error', error }),
  hover: (hovered) => set({ hovered }),
  pickTask: (activeTask) => set({ activeTask }),
});
