import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { cascadeSlice, type CascadeSlice } from './slices/cascade.ts';
import { documentsSlice, type DocumentsSlice } from './slices/documents.ts';
import { presentationSlice, type PresentationSlice } from './slices/presentation.ts';
import { sessionSlice, type SessionSlice } from './slices/session.ts';
import { viewSlice, type ViewSlice } from './slices/view.ts';

export type AppState = ViewSlice & SessionSlice & DocumentsSlice & PresentationSlice & CascadeSlice;

/** One store for the app; map, panels and URL subscribe to it. Middleware only here, on the combined store. */
export function createAppStore() {
  return createStore<AppState>()(subscribeWithSelector((...a) => ({ ...viewSlice(...a), ...sessionSlice(...a), ...documentsSlice(...a), ...presentationSlice(...a), ...cascadeSlice(...a) })));
}

export type AppStore = ReturnType<typeof createAppStore>;
