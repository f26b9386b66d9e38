import type { StateCreator } from 'zustand/vanilla';
import type { LinkSet } from '../../io/load-links.ts';
import type { AppState } from '../store.ts';

/**
 * The policy cascade's links: not loaded until a cascade feature is first used (a task's links, the cascade view,
 * a link filter), then data/links.json, or links made in the page when the atlas holds other documents
 * (src/state/cascade-links.ts). Not part of the URL.
 */
export interface CascadeSlice {
  links: LinkSet | null;
  /** idle: never asked for; loading: the first links are on their way; failed: a problem says why. */
  linksStatus: 'idle' | 'loading' | 'ready' | 'failed';
  setLinks: (links: LinkSet) => void;
  setLinksStatus: (status: CascadeSlice['linksStatus']) => void;
}

export const cascadeSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], CascadeSlice> = (set) => ({
  links: null,
  linksStatus: 'idle',
  setLinks: (links) => set({ links, linksStatus: 'ready' }),
  setLinksStatus: (linksStatus) => set({ linksStatus }),
});
