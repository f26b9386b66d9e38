import { CHINA_CODE } from '../../domain/admin-code.ts';
import { DOCUMENT_LEVELS, type DocumentLevel } from '../../domain/document.ts';
import type { Lang } from '../../i18n/lang.ts';
import { t, tf } from '../../i18n/strings.ts';
import type { DocumentMeta } from '../../io/extract-in-worker.ts';
import type { AppStore } from '../../state/store.ts';
import { issuerLevelName } from '../../view/filter-summary.ts';
import { h } from '../dom.ts';
import { createRegionSearch } from '../region-search.ts';
import type { IntakeState } from './intake.ts';
import { renderPreview } from './preview.ts';

type Review = Extract<IntakeState, { kind: 'review' }>;

export interface ReviewActions {
  edit: (patch: DocumentMeta) => void;
  confirm: () => void;
  discard: () => void;
}

/**
 * The review step: what was detected (title, issuer, date, number, level, region), each editable, the region
 * through the same search as the map's; and a preview of the tasks with bodies and targets marked.
 */
export function renderReview(r: Review, store: AppStore, lang: Lang, act: ReviewActions): HTMLElement {
  const damage = r.extracted.document.decodeDamage;
  return h(
    'section',
    { class: 'review', 'aria-busy': r.extracting ? 'true' : 'false' },
    h('h3', {}, t(lang, 'reviewTitle')),
    h('p', { class: 'muted' }, t(lang, 'reviewHint')),
    damage ? h('p', { class: 'review-damage', role: 'note' }, tf(lang, 'reviewDamage', { n: damage.replaced, encoding: r.extracted.document.encoding })) : null,
    h('div', { class: 'review-fields' }, ...textFields(r, lang, act), levelField(r, lang, act), regionField(r, store, lang, act)),
    r.extracting ? h('p', { class: 'muted', role: 'status' }, t(lang, 'reviewExtracting')) : null,
    renderPreview(r.extracted, r.result.read.text, lang),
    h('div', { class: 'review-actions' }, button(t(lang, 'reviewAdd'), 'review-add', act.confirm, r.extracting), button(t(lang, 'reviewDiscard'), 'review-discard', act.discard)),
  );
}

function button(label: string, cls: string, onClick: () => void, disabled = false): HTMLButtonElement {
  const b = h('button', { type: 'button', class: cls, disabled }, label);
  b.addEventListener('click', onClick);
  return b;
}

function textFields(r: Review, lang: Lang, act: ReviewActions): HTMLElement[] {
  const field = (key: 'title' | 'issuer' | 'date' | 'docNumber', label: string, type = 'text') => {
    const id = `review-${key}`;
    const input = h('input', { id, type, value: r.meta[key] ?? '' });
    input.addEventListener('change', () => {
      const v = input.value.trim();
      act.edit(key === 'title' ? { title: v } : key === 'date' ? { date: v || null, year: v ? Number(v.slice(0, 4)) : (r.meta.year ?? null) } : { [key]: v || null });
    });
    return h('label', { for: id }, h('span', {}, label), input);
  };
  return [field('title', t(lang, 'fieldTitle')), field('issuer', t(lang, 'fieldIssuer')), field('date', t(lang, 'fieldDate'), 'date'), field('docNumber', t(lang, 'fieldDocNumber'))];
}

function levelField(r: Review, lang: Lang, act: ReviewActions): HTMLElement {
  const select = h(
    'select',
    { id: 'review-level' },
    h('option', { value: '' }, t(lang, 'fieldRegionNone')),
    ...DOCUMENT_LEVELS.map((l) => h('option', { value: l, selected: r.meta.level === l }, issuerLevelName(l, lang))),
  );
  select.addEventListener('change', () => act.edit({ level: (select.value || null) as DocumentLevel | null }));
  return h('label', { for: 'review-level' }, h('span', {}, t(lang, 'fieldLevel')), select);
}

function regionField(r: Review, store: AppStore, lang: Lang, act: ReviewActions): HTMLElement {
  const search = createRegionSearch(store, {
    id: 'review-region-search',
    listId: 'review-region-results',
    placeholder: 'fieldRegionSearch',
    // A document is issued by an administrative unit, not a composite.
    exclude: (s) => (s.data ? s.data.composites.ids() : []),
    onChoose: (code) => {
      const names = store.getState().data?.names;
      const level = code === CHINA_CODE ? 'national' : undefined;
      act.edit({ region: code === CHINA_CODE ? null : { code, name: names?.name(code, 'zh') ?? code }, ...(level ? { level } : {}) });
    },
  });
  const current = r.meta.region ? (store.getState().data?.names.both(r.meta.region.code, lang) ?? r.meta.region.name) : t(lang, 'fieldRegionNone');
  return h('div', { class: 'review-region' }, h('span', {}, t(lang, 'fieldRegion')), h('output', { for: 'review-region-search' }, current), search.el);
}
