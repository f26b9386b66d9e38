import type { Lang } from '../i18n/lang.ts';
import { t, tf } from '../i18n/strings.ts';
import type { CatalogEntry } from '../state/metrics/indicator-catalog.ts';
import { indicatorCode, loadIndicatorCode } from '../state/metrics/indicator-loader.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { fill, h } from './dom.ts';
import { optionGroups } from './indicator-options.ts';
import './indicators.css';

export interface IndicatorPickerOptions {
  /** Opens the chosen indicator's cross-level table; the button passed gets focus back when it closes. */
  onTable?: (button: HTMLButtonElement) => void;
}

const OPTION_ID = (id: string) => `indicator-option-${id}`;

/**
 * The indicator picker: a combobox over every registered indicator, grouped by theme, searchable in either
 * language, with the indicators no document commits to greyed and marked (they can still be chosen: the map then
 * says there is nothing to show). Choosing one shows it on the map (setIndicator); the chosen one is named under
 * the box with buttons for its cross-level table and to go back to task counts.
 */
export function createIndicatorPicker(store: AppStore, opts: IndicatorPickerOptions = {}) {
  const heading = h('h2', { id: 'indicator-picker-title', class: 'indicator-picker-title' });
  const label = h('label', { for: 'indicator-search', class: 'visually-hidden' });
  const input = h('input', { type: 'search', id: 'indicator-search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'indicator-options', autocomplete: 'off' });
  const list = h('div', { id: 'indicator-options', role: 'listbox', class: 'indicator-options', hidden: true });
  const name = h('strong', { class: 'indicator-chosen-name' });
  const tableButton = h('button', { type: 'button', class: 'indicator-table-open', 'aria-haspopup': 'dialog' });
  const clear = h('button', { type: 'button', class: 'indicator-clear' });
  const chosen = h('div', { class: 'indicator-chosen', hidden: true }, name, h('span', { class: 'indicator-chosen-actions' }, opts.onTable ? tableButton : null, clear));
  const el = h('section', { class: 'indicator-picker', 'aria-labelledby': heading.id }, heading, h('div', { class: 'search indicator-search' }, label, input, list), chosen);

  let ids: string[] = [];
  let active = -1;
  let blurTimer = 0;

  const setActive = (i: number) => {
    active = i;
    for (const o of list.querySelectorAll<HTMLElement>('[role=option]')) o.setAttribute('aria-selected', String(o.id === OPTION_ID(ids[i] ?? '')));
    if (i < 0) return input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-activedescendant', OPTION_ID(ids[i]!));
    list.querySelector(`#${OPTION_ID(ids[i]!)}`)?.scrollIntoView({ block: 'nearest' });
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const choose = (id: string) => {
    input.value = '';
    close();
    store.getState().setIndicator(id);
  };
  const open = () => {
    const s = store.getState();
    const code = indicatorCode();
    // The registry loads with the indicator code, on first use: the list opens when it is in.
    if (!code) return void loadIndicatorCode().then(() => document.activeElement === input && open());
    const catalog = code.selectIndicatorCatalog(s);
    if (!catalog) return;
    const groups = optionGroups(catalog, input.value, s.lang);
    ids = groups.flatMap((g) => g.entries.map((e) => e.indicator.id));
    fill(list, ...(groups.length ? groups.map((g) => group(g.id, g.label, g.entries, s, choose)) : [h('p', { class: 'indicator-none' }, t(s.lang, 'searchNoResult'))]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(ids.length ? Math.max(0, ids.indexOf(s.indicator ?? '')) : -1);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) return open();
      if (ids.length) setActive((active + (e.key === 'ArrowDown' ? 1 : ids.length - 1)) % ids.length);
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      choose(ids[active]!);
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    }
  };
  input.addEventListener('input', open);
  input.addEventListener('click', open);
  // Start loading the registry as soon as the box is used, so the list is there by the first key.
  input.addEventListener('focus', () => void loadIndicatorCode());
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', () => (blurTimer = window.setTimeout(close, 150)));
  clear.addEventListener('click', () => store.getState().setIndicator(null));
  tableButton.addEventListener('click', () => opts.onTable?.(tableButton));

  const render = (s: AppState) => {
    heading.textContent = t(s.lang, 'indicatorPickerTitle');
    label.textContent = t(s.lang, 'indicatorSearchLabel');
    input.placeholder = t(s.lang, 'indicatorSearchPlaceholder');
    list.setAttribute('aria-label', t(s.lang, 'indicatorPickerTitle'));
    tableButton.textContent = t(s.lang, 'indicatorTableOpen');
    clear.textContent = t(s.lang, 'indicatorClear');
    clear.title = t(s.lang, 'indicatorClearLabel');
    chosen.hidden = s.indicator === null;
    const code = indicatorCode();
    if (s.indicator !== null && !code) void loadIndicatorCode().then(() => render(store.getState()));
    name.textContent = s.indicator === null ? '' : (code?.indicatorById(s.indicator)?.[s.lang] ?? s.indicator);
    if (!list.hidden) open();
  };
  render(store.getState());
  const unsub = store.subscribe(
    (s) => [s.data, s.indicator, s.lang] as const,
    () => render(store.getState()),
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  return {
    el,
    destroy() {
      unsub();
      window.clearTimeout(blurTimer);
      el.remove();
    },
  };
}

/** One group of options under its name; each option says its units and how many regions commit to it. */
function group(id: string, label: string, entries: CatalogEntry[], s: AppState, choose: (id: string) => void): HTMLElement {
  const labelId = `indicator-group-${id}`;
  return h(
    'div',
    { role: 'group', 'aria-labelledby': labelId, class: `indicator-group indicator-group-${id}` },
    h('div', { id: labelId, class: 'indicator-group-label', role: 'presentation' }, label),
    ...entries.map((e) => option(e, s.lang, e.indicator.id === s.indicator, choose)),
  );
}

function option(e: CatalogEntry, lang: Lang, current: boolean, choose: (id: string) => void): HTMLElement {
  const { indicator } = e;
  const units = indicator.units.map((u) => u[lang]).join(' / ');
  const meta = e.regions > 0 ? tf(lang, e.regions === 1 ? 'indicatorRegionsOne' : 'indicatorRegions', { n: e.regions }) : t(lang, 'indicatorUnheld');
  const el = h(
    'div',
    { id: OPTION_ID(indicator.id), role: 'option', 'aria-selected': 'false', 'aria-current': current ? 'true' : null, class: e.regions > 0 ? 'indicator-option' : 'indicator-option unheld', 'data-id': indicator.id },
    h('span', { class: 'indicator-option-name' }, indicator[lang]),
    h('span', { class: 'indicator-option-meta' }, `${units} · ${meta}`),
  );
  el.addEventListener('mousedown', (ev) => {
    ev.preventDefault();
    choose(indicator.id);
  });
  return el;
}
