import { CHINA_CODE, levelOf } from '../domain/admin-code.ts';
import { t } from '../i18n/strings.ts';
import { chainTo, levelShowing } from '../state/navigate.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { fill, h } from './dom.ts';

/** Title, the level breadcrumb (全国 › 陕西 › 汉中), region search and the language toggle. */
export function createHeaderBar(el: HTMLElement, store: AppStore): { destroy(): void } {
  const title = h('h1', {});
  const crumbs = h('nav', { class: 'levels' });
  const search = createRegionSearch(store);
  const lang = h('button', { type: 'button', class: 'lang' });
  lang.addEventListener('click', () => store.getState().setLang(store.getState().lang === 'zh' ? 'en' : 'zh'));
  const tableToggle = h('button', { type: 'button', class: 'table-toggle', 'aria-controls': 'task-table' });
  tableToggle.addEventListener('click', () => store.getState().setTable(!store.getState().table));
  fill(el, title, crumbs, search.el, h('span', { class: 'spacer' }), tableToggle, lang);

  const render = (s: AppState) => {
    fill(title, t(s.lang, 'appTitle'), h('small', {}, t(s.lang, 'appSubtitle')));
    lang.textContent = t(s.lang, 'language');
    tableToggle.textContent = t(s.lang, 'tableToggle');
    tableToggle.setAttribute('aria-pressed', String(s.table));
    lang.setAttribute('aria-label', t(s.lang, 'languageLabel'));
    lang.setAttribute('lang', s.lang === 'zh' ? 'en' : 'zh');
    crumbs.setAttribute('aria-label', t(s.lang, 'levelLabel'));
    document.documentElement.lang = s.lang === 'zh' ? 'zh-CN' : 'en';
    search.render(s);
    if (!s.data) return fill(crumbs);
    const names = s.data.names;
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
  return { destroy: unsub };
}

/** A combobox over every region name (Chinese, English, composite aliases); choosing one selects and shows it. */
function createRegionSearch(store: AppStore) {
  const input = h('input', { type: 'search', id: 'region-search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'region-results', autocomplete: 'off' });
  const label = h('label', { for: 'region-search', class: 'visually-hidden' });
  const list = h('ul', { id: 'region-results', role: 'listbox', class: 'search-results', hidden: true });
  const el = h('div', { class: 'search' }, label, input, list);
  let results: string[] = [];
  let active = -1;

  const choose = (key: string) => {
    const s = store.getState();
    if (!s.data) return;
    const { level, focus } = levelShowing(key, s.data);
    s.setLevel(level, focus);
    s.select(key);
    input.value = '';
    close();
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const show = () => {
    const s = store.getState();
    if (!s.data) return;
    const keys = [...s.data.tree.descendantsOf(CHINA_CODE), ...s.data.composites.ids()];
    results = s.data.names.search(input.value, keys, 12);
    active = results.length ? 0 : -1;
    fill(
      list,
      ...(results.length
        ? results.map((key, i) => {
            const li = h('li', { id: `region-result-${i}`, role: 'option', 'aria-selected': String(i === active), 'data-key': key }, s.data!.names.both(key, s.lang));
            li.addEventListener('mousedown', (e) => {
              e.preventDefault();
              choose(key);
            });
            return li;
          })
        : [h('li', { role: 'option', 'aria-disabled': 'true' }, t(s.lang, 'searchNoResult'))]),
    );
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `region-result-${active}`);
  };
  input.addEventListener('input', show);
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!results.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      list.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
      input.setAttribute('aria-activedescendant', `region-result-${active}`);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      choose(results[active]!);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  return {
    el,
    render(s: AppState) {
      label.textContent = t(s.lang, 'searchLabel');
      input.placeholder = t(s.lang, 'searchPlaceholder');
    },
  };
}
