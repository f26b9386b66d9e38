import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../domain/categories.ts';
import { DOCUMENT_LEVELS, type DocumentLevel } from '../domain/document.ts';
import { isFiltered, type Filters } from '../domain/filters.ts';
import { t } from '../i18n/strings.ts';
import { filterTasks } from '../joins/filter-tasks.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import type { AppState, AppStore } from '../state/store.ts';
import type { Lang } from '../i18n/lang.ts';
import { fill, h } from './dom.ts';
import { filterSummary, issuerLevelName } from '../view/filter-summary.ts';

/** Tasks per category under every other filter: how many a click on that category would show. */
function categoryCounts(data: AtlasData, f: Filters): number[] {
  const { mask } = filterTasks(data.table, { ...f, categories: [] });
  const out = new Array<number>(CATEGORY_IDS.length).fill(0);
  for (let k = 0; k < data.table.size; k++) {
    if (!mask[k]) continue;
    for (let b = data.table.categoryBits[k]!, c = 0; b; b >>= 1, c++) if (b & 1) out[c]!++;
  }
  return out;
}

/**
 * The analysts' filters: categories with counts, documents, issuing levels, departments, quantitative targets,
 * deadline years and free text; the active ones always listed with a button to clear them.
 */
export function createFilterBar(el: HTMLElement, store: AppStore): { destroy(): void } {
  const active = h('div', { class: 'active-filters', role: 'status' });
  const body = h('div', { class: 'filter-body' });
  fill(el, active, body);
  let built: { lang: Lang; data: AtlasData } | null = null;
  const controls = {
    categories: new Map<CategoryId, { input: HTMLInputElement; count: HTMLElement }>(),
    documents: new Map<string, HTMLInputElement>(),
    levels: new Map<DocumentLevel, HTMLInputElement>(),
    hasTarget: null as HTMLInputElement | null,
    from: null as HTMLInputElement | null,
    to: null as HTMLInputElement | null,
    department: null as HTMLSelectElement | null,
    text: null as HTMLInputElement | null,
  };

  const build = (s: AppState, data: AtlasData) => {
    const lang = s.lang;
    const actions = store.getState();
    controls.categories.clear();
    controls.documents.clear();
    controls.levels.clear();
    const catList = h('ul', { class: 'facet', role: 'list' });
    for (const c of CATEGORIES) {
      const input = h('input', { type: 'checkbox', id: `cat-${c.id}`, value: c.id });
      input.addEventListener('change', () => store.getState().toggleCategory(c.id));
      const count = h('span', { class: 'count' });
      catList.append(h('li', {}, input, h('label', { for: `cat-${c.id}` }, c[lang]), count));
      controls.categories.set(c.id, { input, count });
    }
    const docList = h('ul', { class: 'facet', role: 'list' });
    for (const d of data.table.documents) {
      const id = d.document.id ?? '';
      const input = h('input', { type: 'checkbox', id: `doc-${id}`, value: id });
      input.addEventListener('change', () => {
        const cur = store.getState().filters.documents;
        actions.setFilters({ documents: input.checked ? [...cur, id] : cur.filter((x) => x !== id) });
      });
      docList.append(h('li', {}, input, h('label', { for: `doc-${id}`, title: d.document.issuer ?? '' }, d.document.title)));
      controls.documents.set(id, input);
    }
    const levelList = h('ul', { class: 'facet inline', role: 'list' });
    for (const l of DOCUMENT_LEVELS) {
      const input = h('input', { type: 'checkbox', id: `lvl-${l}`, value: l });
      input.addEventListener('change', () => {
        const cur = store.getState().filters.levels;
        actions.setFilters({ levels: input.checked ? [...cur, l] : cur.filter((x) => x !== l) });
      });
      levelList.append(h('li', {}, input, h('label', { for: `lvl-${l}` }, issuerLevelName(l, lang))));
      controls.levels.set(l, input);
    }
    controls.hasTarget = h('input', { type: 'checkbox', id: 'has-target' });
    controls.hasTarget.addEventListener('change', () => actions.setFilters({ hasTarget: controls.hasTarget!.checked }));
    const yearInput = (id: string, label: string) => {
      const input = h('input', { type: 'number', id, min: 2015, max: 2040, step: 1, inputmode: 'numeric', 'aria-label': label, class: 'year' });
      input.addEventListener('change', () => {
        const read = (i: HTMLInputElement | null) => (i && /^\d{4}$/.test(i.value) ? Number(i.value) : null);
        actions.setFilters({ years: [read(controls.from), read(controls.to)] });
      });
      return input;
    };
    controls.from = yearInput('year-from', t(lang, 'filterYearFrom'));
    controls.to = yearInput('year-to', t(lang, 'filterYearTo'));
    controls.department = h('select', { id: 'dept' }, h('option', { value: '' }, t(lang, 'filterAllBodies')));
    const depts = [...data.table.departments].sort((a, b) => a.localeCompare(b, 'zh'));
    for (const d of depts) controls.department.append(h('option', { value: d }, d));
    controls.department.addEventListener('change', () => {
      const v = controls.department!.value;
      actions.setFilters({ departments: v ? [v] : [] });
    });
    controls.text = h('input', { type: 'search', id: 'task-text', placeholder: t(lang, 'filterTextPlaceholder') });
    let timer = 0;
    controls.text.addEventListener('input', () => {
      window.clearTimeout(timer);
      // Typing should not recount on every key; a pause does.
      timer = window.setTimeout(() => actions.setFilters({ text: controls.text!.value }), 150);
    });
    fill(
      body,
      h('fieldset', {}, h('legend', {}, t(lang, 'categories')), catList),
      h('fieldset', {}, h('legend', {}, t(lang, 'filterTextLegend')), h('label', { for: 'task-text', class: 'visually-hidden' }, t(lang, 'filterTextLabel')), controls.text),
      h('fieldset', {}, h('legend', {}, t(lang, 'filterTargetsLegend')), h('div', {}, controls.hasTarget, h('label', { for: 'has-target' }, t(lang, 'filterHasTarget'))), h('div', { class: 'years' }, controls.from, ' – ', controls.to)),
      h('fieldset', {}, h('legend', {}, t(lang, 'filterLevelLegend')), levelList),
      h('fieldset', {}, h('legend', {}, t(lang, 'filterDocumentsLegend')), docList),
      h('fieldset', {}, h('legend', {}, h('label', { for: 'dept' }, t(lang, 'colDepartments'))), controls.department),
    );
    built = { lang, data };
  };

  const sync = (s: AppState) => {
    if (!s.data) return;
    if (!built || built.lang !== s.lang || built.data !== s.data) build(s, s.data);
    const f = s.filters;
    const counts = categoryCounts(s.data, f);
    CATEGORY_IDS.forEach((id, i) => {
      const c = controls.categories.get(id)!;
      c.input.checked = f.categories.includes(id);
      c.count.textContent = String(counts[i]);
    });
    for (const [id, input] of controls.documents) input.checked = f.documents.includes(id);
    for (const [l, input] of controls.levels) input.checked = f.levels.includes(l);
    controls.hasTarget!.checked = f.hasTarget;
    if (document.activeElement !== controls.from) controls.from!.value = f.years[0]?.toString() ?? '';
    if (document.activeElement !== controls.to) controls.to!.value = f.years[1]?.toString() ?? '';
    controls.department!.value = f.departments[0] ?? '';
    if (document.activeElement !== controls.text) controls.text!.value = f.text;
    const clear = h('button', { type: 'button', class: 'clear', disabled: !isFiltered(f) }, t(s.lang, 'clearFilters'));
    clear.addEventListener('click', () => store.getState().clearFilters());
    fill(active, h('span', { class: 'summary' }, filterSummary(f, s.lang)), clear);
  };

  sync(store.getState());
  const unsub = store.subscribe(
    (s) => [s.data, s.filters, s.lang] as const,
    () => sync(store.getState()),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
  return { destroy: unsub };
}
