import type { AppStore } from '../state/store.ts';
import { southChinaSeaInset } from './south-china-sea-inset.ts';

/** Shows the 南海诸岛 inset on the national view only, once the national boundaries are in, in the interface language. */
export function createInsetView(host: HTMLElement, store: AppStore): () => void {
  let el: SVGSVGElement | null = null;
  const render = () => {
    const s = store.getState();
    el?.remove();
    el = null;
    const national = s.boundaries.national;
    if (s.level !== 'country' || !national) return;
    el = southChinaSeaInset(national.inset, s.lang);
    host.append(el);
  };
  render();
  return store.subscribe((s) => [s.level, s.lang, s.boundaries.national] as const, render, {
    equalityFn: (a, b) => a.every((x, i) => x === b[i]),
  });
}
