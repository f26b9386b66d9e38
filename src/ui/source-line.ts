import { t } from '../i18n/strings.ts';
import type { AppStore } from '../state/store.ts';

/** The sources of the data, under the map in every mode (an embedded map must still say where it comes from). */
export function createSourceLine(el: HTMLElement, store: AppStore): { destroy(): void } {
  const render = () => {
    const lang = store.getState().lang;
    el.textContent = t(lang, 'sourceLine');
    el.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
  };
  render();
  return { destroy: store.subscribe((s) => s.lang, render) };
}
