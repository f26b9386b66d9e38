import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AtlasData } from '../../src/joins/atlas-data.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { createRegionPanel, type RegionPanel } from '../../src/ui/region-panel.ts';
import { createSourceViewer, type SourceViewer } from '../../src/ui/source-viewer.ts';

const SOURCES = join(import.meta.dirname, '..', '..', 'data', 'sources');

/** A shipped document's text as the app serves it: UTF-8, BOM removed (src/io/source-texts.ts). */
export async function shippedSource(file: string): Promise<string> {
  return (await readFile(join(SOURCES, file), 'utf8')).replace(/^\ufeff/, '');
}

export interface Mounted {
  store: AppStore;
  el: HTMLElement;
  panel: RegionPanel;
  viewer: SourceViewer;
}

/** A fresh page with an <aside> and a store holding `data`, the panel mounted on it; `before` runs first. */
export function mountPanel(data: AtlasData, before?: (store: AppStore) => void, load: (file: string) => Promise<string> = shippedSource): Mounted {
  document.body.replaceChildren();
  const el = document.createElement('aside');
  el.className = 'panel';
  el.hidden = true;
  document.body.append(el);
  const store = createAppStore();
  store.getState().setData(data);
  before?.(store);
  const viewer = createSourceViewer({ load });
  const panel = createRegionPanel(el, store, { viewer });
  return { store, el, panel, viewer };
}

export const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent ?? '');
