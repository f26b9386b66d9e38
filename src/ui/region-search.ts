import { CHINA_CODE } from '../domain/admin-code.ts';
import { chainTo } from '../view/navigate.ts';
import { t, type StringKey } from '../i18n/strings.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { fill, h } from './dom.ts';

export interface RegionSearchOptions {
  /** The input's id. */
  id: string;
  /** The listbox's id; each option is `${listId}-${i}`. @default `${id}-results` */
  listId?: string;
  /** What choosing a region does. The input is cleared and the list closed first. */
  onChoose: (key: string) => void;
  /** Regions never offered (the one a comparison starts from). @default none */
  exclude?: (s: AppState) => readonly string[];
  /** Escape in the input while its list is closed (the first Escape closes only the list). */
  onEscape?: () => void;
  /** @default 'searchLabel' */
  label?: StringKey;
  /** @default 'searchPlaceholder' */
  placeholder?: StringKey;
  /** How many results to list. @default 12 */
  limit?: number;
}

/**
 * A combobox over every region name (Chinese, English, composite aliases): type, move with the arrow keys,
 * choose with Enter or a click. The header uses one to go to a region, the region panel one to pick a region to
 * compare with. Escape it handles is marked handled, so a panel around it does not close as well. It reads the
 * regions, which come with the first map, not the tasks: a search typed while the tasks still load is answered.
 */
export function createRegionSearch(store: AppStore, opts: RegionSearchOptions) {
  const listId = opts.listId ?? `${opts.id}-results`;
  const input = h('input', { type: 'search', id: opts.id, role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, autocomplete: 'off' });
  const label = h('label', { for: opts.id, class: 'visually-hidden' });
  const list = h('ul', { id: listId, role: 'listbox', class: 'search-results', hidden: true });
  const el = h('div', { class: 'search' }, label, input, list);
  let results: string[] = [];
  let active = -1;
  let blurTimer = 0;

  const choose = (key: string) => {
    input.value = '';
    close();
    opts.onChoose(key);
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const show = () => {
    const s = store.getState();
    const regions = s.regions;
    if (!regions) return;
    const excluded = new Set(opts.exclude?.(s) ?? []);
    const keys = [...regions.tree.descendantsOf(CHINA_CODE), ...regions.composites.ids()].filter((k) => !excluded.has(k));
    results = regions.names.search(input.value, keys, opts.limit ?? 12);
    active = results.length ? 0 : -1;
    fill(
      list,
      ...(results.length
        ? results.map((key, i) => {
            const where = context(key, s);
            const li = h(
              'li',
              { id: `${listId}-${i}`, role: 'option', 'aria-selected': String(i === active), 'data-key': key },
              regions.names.both(key, s.lang),
              where ? h('span', { class: 'search-context' }, ` · ${where}`) : null,
            );
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
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
  };
  const onBlur = () => {
    blurTimer = window.setTimeout(close, 100);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!results.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      list.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
      input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      choose(results[active]!);
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else if (opts.onEscape) {
        e.preventDefault();
        opts.onEscape();
      }
    }
  };
  input.addEventListener('input', show);
  input.addEventListener('blur', onBlur);
  input.addEventListener('keydown', onKey);

  return {
    el,
    input,
    render(s: AppState) {
      label.textContent = t(s.lang, opts.label ?? 'searchLabel');
      input.placeholder = t(s.lang, opts.placeholder ?? 'searchPlaceholder');
    },
    /** Empties the input and closes the list. */
    reset() {
      input.value = '';
      close();
    },
    destroy() {
      window.clearTimeout(blurTimer);
      input.removeEventListener('input', show);
      input.removeEventListener('blur', onBlur);
      input.removeEventListener('keydown', onKey);
      el.remove();
    },
  };
}

export type RegionSearch = ReturnType<typeof createRegionSearch>;

/**
 * Where a unit below the provinces lies (陕西省汉中市 / Hanzhong, Shaanxi): names repeat across the country
 * (two 西安区, in 牡丹江 and 辽源), and a list of bare names would not say which is which.
 */
function context(key: string, s: AppState): string | null {
  if (!/^\d{6}$/.test(key) || !s.regions) return null;
  const above = chainTo(key).filter((code) => code !== CHINA_CODE && code !== key);
  if (!above.length) return null;
  const names = above.map((code) => s.regions!.names.name(code, s.lang) ?? code);
  return s.lang === 'zh' ? names.join('') : names.reverse().join(', ');
}
