import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../domain/categories.ts';
import { DOCUMENT_LEVELS, type DocumentLevel } from '../domain/document.ts';
import { LINK_FILTERS, type Filters, type LinkFilter } from '../domain/filters.ts';
import { t } from '../i18n/strings.ts';
import type { Lang } from '../i18n/lang.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import type { AppStore } from '../state/store.ts';
import { h } from './dom.ts';
import { issuerLevelName, linkFilterName } from '../view/filter-summary.ts';

/** The filter bar's inputs, to show the store's filters in. */
export interface FilterControls {
  categories: Map<CategoryId, { input: HTMLInputElement; count: HTMLElement }>;
  documents: Map<string, HTMLInputElement>;
  levels: Map<DocumentLevel, HTMLInputElement>;
  hasTarget: HTMLInputElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  department: HTMLSelectElement;
  text: HTMLInputElement;
  links: Map<LinkFilter, HTMLInputElement>;
  indicator: HTMLSelectElement;
}

/** Every filter's inputs for `data` in `lang`, wired to the store, and the fieldsets that hold them in order. */
export function buildFilterControls(store: AppStore, lang: Lang, data: AtlasData): { controls: FilterControls; fieldsets: HTMLElement[] } {
  const categories = categoryFacet(store, lang);
  const documents = documentFacet(store, data);
  const levels = levelFacet(store, lang);
  const targets = targetControls(store, lang);
  const department = departmentSelect(store, lang, data);
  const text = textSearch(store, lang);
  const links = linkFacet(store, lang);
  const indicator = indicatorSelect(store, lang, data);
  const fieldsets = [
    h('fieldset', {}, h('legend', {}, t(lang, 'categories')), categories.list),
    h('fieldset', {}, h('legend', {}, t(lang, 'filterTextLegend')), h('label', { for: 'task-text', class: 'visually-hidden' }, t(lang, 'filterTextLabel')), text),
    h('fieldset', {}, h('legend', {}, t(lang, 'filterTargetsLegend')), h('div', {}, targets.hasTarget, h('label', { for: 'has-target' }, t(lang, 'filterHasTarget'))), h('div', { class: 'years' }, targets.from, ' – ', targets.to), h('label', { for: 'filter-indicator', class: 'filter-indicator-label' }, t(lang, 'filterIndicatorLabel')), indicator),
    h('fieldset', {}, h('legend', {}, t(lang, 'filterLevelLegend')), levels.list),
    h('fieldset', { class: 'link-filters' }, h('legend', {}, t(lang, 'linkFilterLegend')), links.list),
    h('fieldset', {}, h('legend', {}, t(lang, 'filterDocumentsLegend')), documents.list),
    h('fieldset', {}, h('legend', {}, h('label', { for: 'dept' }, t(lang, 'colDepartments'))), department),
  ];
  const controls = { categories: categories.inputs, documents: documents.inputs, levels: levels.inputs, ...targets, department, text, links: links.inputs, indicator };
  return { controls, fieldsets };
}

/** Shows `f` in the inputs, and `counts` (by category, in CATEGORY_IDS order) beside the categories. */
export function syncFilterControls(controls: FilterControls, f: Filters, counts: number[]): void {
  CATEGORY_IDS.forEach((id, i) => {
    const c = controls.categories.get(id)!;
    c.input.checked = f.categories.includes(id);
    c.count.textContent = String(counts[i]);
  });
  for (const [id, input] of controls.documents) input.checked = f.documents.includes(id);
  for (const [l, input] of controls.levels) input.checked = f.levels.includes(l);
  for (const [l, input] of controls.links) input.checked = f.links.includes(l);
  controls.hasTarget.checked = f.hasTarget;
  if (document.activeElement !== controls.from) controls.from.value = f.years[0]?.toString() ?? '';
  if (document.activeElement !== controls.to) controls.to.value = f.years[1]?.toString() ?? '';
  controls.department.value = f.departments[0] ?? '';
  if (document.activeElement !== controls.text) controls.text.value = f.text;
  controls.indicator.value = f.indicators[0] ?? '';
}

function categoryFacet(store: AppStore, lang: Lang) {
  const list = h('ul', { class: 'facet', role: 'list' });
  const inputs: FilterControls['categories'] = new Map();
  for (const c of CATEGORIES) {
    const input = h('input', { type: 'checkbox', id: `cat-${c.id}`, value: c.id });
    input.addEventListener('change', () => store.getState().toggleCategory(c.id));
    const count = h('span', { class: 'count' });
    list.append(h('li', {}, input, h('label', { for: `cat-${c.id}` }, c[lang]), count));
    inputs.set(c.id, { input, count });
  }
  return { list, inputs };
}

function documentFacet(store: AppStore, data: AtlasData) {
  const list = h('ul', { class: 'facet', role: 'list' });
  const inputs: FilterControls['documents'] = new Map();
  for (const d of data.table.documents) {
    const id = d.document.id ?? '';
    const input = h('input', { type: 'checkbox', id: `doc-${id}`, value: id });
    input.addEventListener('change', () => {
      const cur = store.getState().filters.documents;
      store.getState().setFilters({ documents: input.checked ? [...cur, id] : cur.filter((x) => x !== id) });
    });
    list.append(h('li', {}, input, h('label', { for: `doc-${id}`, title: d.document.issuer ?? '' }, d.document.title)));
    inputs.set(id, input);
  }
  return { list, inputs };
}

function levelFacet(store: AppStore, lang: Lang) {
  const list = h('ul', { class: 'facet inline', role: 'list' });
  const inputs: FilterControls['levels'] = new Map();
  for (const l of DOCUMENT_LEVELS) {
    const input = h('input', { type: 'checkbox', id: `lvl-${l}`, value: l });
    input.addEventListener('change', () => {
      const cur = store.getState().filters.levels;
      store.getState().setFilters({ levels: input.checked ? [...cur, l] : cur.filter((x) => x !== l) });
    });
    list.append(h('li', {}, input, h('label', { for: `lvl-${l}` }, issuerLevelName(l, lang))));
    inputs.set(l, input);
  }
  return { list, inputs };
}

/** The policy cascade's conditions (any of them): a click loads the links if they are not in yet. */
function linkFacet(store: AppStore, lang: Lang) {
  const list = h('ul', { class: 'facet', role: 'list' });
  const inputs: FilterControls['links'] = new Map();
  for (const l of LINK_FILTERS) {
    const input = h('input', { type: 'checkbox', id: `links-${l}`, value: l });
    input.addEventListener('change', () => {
      const cur = store.getState().filters.links;
      const next = input.checked ? [...cur, l] : cur.filter((x) => x !== l);
      store.getState().setFilters({ links: LINK_FILTERS.filter((x) => next.includes(x)) });
    });
    list.append(h('li', {}, input, h('label', { for: `links-${l}` }, linkFilterName(l, lang))));
    inputs.set(l, input);
  }
  return { list, inputs };
}

/** "Has a quantitative target", and the range of deadline years (either end may be left empty). */
function targetControls(store: AppStore, lang: Lang) {
  const hasTarget = h('input', { type: 'checkbox', id: 'has-target' });
  hasTarget.addEventListener('change', () => store.getState().setFilters({ hasTarget: hasTarget.checked }));
  const read = (i: HTMLInputElement) => (/^\d{4}$/.test(i.value) ? Number(i.value) : null);
  const onYears = () => store.getState().setFilters({ years: [read(from), read(to)] });
  const yearInput = (id: string, label: string) => {
    const input = h('input', { type: 'number', id, min: 2015, max: 2040, step: 1, inputmode: 'numeric', 'aria-label': label, class: 'year' });
    input.addEventListener('change', onYears);
    return input;
  };
  const from = yearInput('year-from', t(lang, 'filterYearFrom'));
  const to = yearInput('year-to', t(lang, 'filterYearTo'));
  return { hasTarget, from, to };
}

function departmentSelect(store: AppStore, lang: Lang, data: AtlasData): HTMLSelectElement {
  const select = h('select', { id: 'dept' }, h('option', { value: '' }, t(lang, 'filterAllBodies')));
  const depts = [...data.table.departments].sort((a, b) => a.localeCompare(b, 'zh'));
  for (const d of depts) select.append(h('option', { value: d }, d));
  select.addEventListener('change', () => {
    const v = select.value;
    store.getState().setFilters({ departments: v ? [v] : [] });
  });
  return select;
}

/**
 * "Tasks with a target of …": the indicators some task has a target of, in registry order, named from the registry's
 * data (the indicator view's code is not needed for a list of names).
 */
function indicatorSelect(store: AppStore, lang: Lang, data: AtlasData): HTMLSelectElement {
  const select = h('select', { id: 'filter-indicator' }, h('option', { value: '' }, t(lang, 'filterIndicatorAny')));
  const held = new Set(data.table.tasks.flatMap((task) => task.targets.flatMap((x) => (x.indicator ? [x.indicator.id] : []))));
  for (const i of data.indicators) if (held.has(i.id)) select.append(h('option', { value: i.id }, i[lang]));
  select.value = store.getState().filters.indicators[0] ?? '';
  select.addEventListener('change', () => store.getState().setFilters({ indicators: select.value ? [select.value] : [] }));
  return select;
}

function textSearch(store: AppStore, lang: Lang): HTMLInputElement {
  const input = h('input', { type: 'search', id: 'task-text', placeholder: t(lang, 'filterTextPlaceholder') });
  let timer = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    // Typing should not recount on every key; a pause does.
    timer = window.setTimeout(apply, 150);
  });
  // Leaving the box (say, to export) applies what it holds at once, so nothing acts on a stale filter.
  input.addEventListener('change', apply);
  return input;
  function apply() {
    window.clearTimeout(timer);
    if (store.getState().filters.text !== input.value) store.getState().setFilters({ text: input.value });
  }
}
