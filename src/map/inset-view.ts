import type { NationalBoundaries } from '../io/boundaries.ts';
import type { AppStore } from '../state/store.ts';
import { southChinaSeaInset } from './south-china-sea-inset.ts';

/** Shows the 南海诸岛 inset on the national view only, redrawn in the interface language. */
export function createInsetView(host: HTMLElement, store: AppStore, inset: NationalBoundaries['inset']): () => void {
  let el: SVGSVGElement | null = null;
  const render = () => {
    const s = store.getState();
    el?.remove();
    el = null;
    if (s.level !== 'country') return;
    el = southChinaSeaInset(inset, s.lang);
    host.append(el);
  };
  render();
  return store.subscribe(
    (s) => [s.level, s.lang] as const,
    render,
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
}
