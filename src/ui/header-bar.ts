import { CHINA_CODE, levelOf } from '../domain/admin-code.ts';
import { t, type StringKey } from '../i18n/strings.ts';
import { chainTo, levelShowing } from '../view/navigate.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { fill, h } from './dom.ts';
import { createRegionSearch } from './region-search.ts';

export interface HeaderBarOptions {
  /** Shows a 分享 (Share) button that calls this with itself, to give focus back to on close. */
  onShare?: (button: HTMLButtonElement) => void;
  /** Shows a 演示 (Present) button that opens the presentation's steps, with itself to give focus back to. */
  onPresent?: (button: HTMLButtonElement) => void;
  /** Shows a 导出 (Export) button that opens the image export, with itself to give focus back to. */
  onExport?: (button: HTMLButtonElement) => void;
  /** Shows a 添加文档 (Add document) button that opens the add-document dialog, with itself to give focus back to. */
  onAddDocument?: (button: HTMLButtonElement) => void;
}

/** Title, the level breadcrumb (全国 › 陕西 › 汉中), region search, the Share button and the language toggle. */
export function createHeaderBar(el: HTMLElement, store: AppStore, opts: HeaderBarOptions = {}): { destroy(): void } {
  const title = h('h1', {});
  const crumbs = h('nav', { class: 'levels' });
  // Choosing a region shows the level it is drawn at and opens its panel.
  const search = createRegionSearch(store, {
    id: 'region-search',
    listId: 'region-results',
    onChoose: (key) => {
      const s = store.getState();
      // The regions, not the joined data: a region can be chosen while the tasks still load.
      if (!s.regions) return;
      const { level, focus } = levelShowing(key, s.regions);
      s.setLevel(level, focus);
      s.select(key);
    },
  });
  // On a phone the filters are a drawer; this opens it (the button is hidden by CSS on wider screens).
  const filtersToggle = h('button', { type: 'button', class: 'filters-toggle', 'aria-controls': 'filters', 'aria-expanded': 'false' });
  filtersToggle.addEventListener('click', () => {
    const open = el.closest('.app')?.classList.toggle('filters-open') ?? false;
    filtersToggle.setAttribute('aria-expanded', String(open));
  });
  const lang = h('button', { type: 'button', class: 'lang' });
  lang.addEventListener('click', () => store.getState().setLang(store.getState().lang === 'zh' ? 'en' : 'zh'));
  const onShare = opts.onShare;
  const share = onShare ? h('button', { type: 'button', class: 'share', 'aria-haspopup': 'dialog' }) : null;
  share?.addEventListener('click', () => onShare!(share));
  const dialogButton = (cls: string, handler: ((b: HTMLButtonElement) => void) | undefined) => {
    if (!handler) return null;
    const b = h('button', { type: 'button', class: cls, 'aria-haspopup': 'dialog' });
    b.addEventListener('click', () => handler(b));
    return b;
  };
  const present = dialogButton('present', opts.onPresent);
  const exportButton = dialogButton('export', opts.onExport);
  const addButton = dialogButton('add-document', opts.onAddDocument);
  const tableToggle = h('button', { type: 'button', class: 'table-toggle', 'aria-controls': 'task-table' });
  // The dialog buttons: a short word shown, what it opens in the tooltip.
  const labelled: Array<[HTMLButtonElement | null, StringKey, StringKey]> = [
    [present, 'present', 'presentLabel'],
    [exportButton, 'exportOpen', 'exportLabel'],
    [addButton, 'addDocument', 'addDocumentLabel'],
    [share, 'share', 'shareLabel'],
  ];
  tableToggle.addEventListener('click', () => store.getState().setTable(!store.getState().table));
  fill(el, title, filtersToggle, crumbs, search.el, h('span', { class: 'spacer' }), addButton, tableToggle, present, exportButton, share, lang);

  const render = (s: AppState) => {
    fill(title, t(s.lang, 'appTitle'), h('small', {}, t(s.lang, 'appSubtitle')));
    lang.textContent = t(s.lang, 'language');
    filtersToggle.textContent = t(s.lang, 'filters');
    // The page's landmarks are named in the interface language too.
    el.closest('.app')?.querySelector('.filters')?.setAttribute('aria-label', t(s.lang, 'filters'));
    el.closest('.app')?.querySelector('.panel')?.setAttribute('aria-label', t(s.lang, 'regionsHeading'));
    tableToggle.textContent = t(s.lang, 'tableToggle');
    tableToggle.setAttribute('aria-pressed', String(s.table));
    // The visible word (English / 中文) stays the accessible name; what it does goes in the description.
    lang.title = t(s.lang, 'languageLabel');
    lang.setAttribute('lang', s.lang === 'zh' ? 'en' : 'zh');
    for (const [b, text, title] of labelled) {
      if (!b) continue;
      b.textContent = t(s.lang, text);
      b.title = t(s.lang, title);
    }
    crumbs.setAttribute('aria-label', t(s.lang, 'levelLabel'));
    document.documentElement.lang = s.lang === 'zh' ? 'zh-CN' : 'en';
    search.render(s);
    if (!s.regions) return fill(crumbs);
    const names = s.regions.names;
    // The current chain; when a region below it is selected, its chain, so one can step down into it.
    const base = chainTo(s.level === 'country' ? null : s.focus);
    const below = s.selected && /^\d{6}$/.test(s.selected) ? chainTo(s.selected) : base;
    const chain = base.every((code, i) => below[i] === code) ? below : base;
    const current = s.level === 'country' ? CHINA_CODE : s.focus;
    fill(
      crumbs,
      ...chain.flatMap((code, i) => {
        const level = code === CHINA_CODE ? 'country' : levelOf(code) === 'province' ? 'province' : 'prefecture';
        const label = code === CHINA_CODE ? t(s.lang, 'levelCountry') : names.name(code, s.lang) ?? code;
        const b = h('button', { type: 'button', 'aria-pressed': String(code === current), 'data-level': level, 'data-code': code }, label);
        b.addEventListener('click', () => store.getState().setLevel(level, code === CHINA_CODE ? null : code));
        return i === 0 ? [b] : [h('span', { class: 'sep', 'aria-hidden': 'true' }, '›'), b];
      }),
    );
  };
  render(store.getState());
  const unsub = store.subscribe(
    (s) => [s.data, s.lang, s.level, s.focus, s.selected, s.table] as const,
    () => render(store.getState()),
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  return {
    destroy: () => {
      unsub();
      search.destroy();
    },
  };
}
