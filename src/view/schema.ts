import { levelOf } from '../domain/admin-code.ts';
import { CATEGORY_IDS, isCategoryId, type CategoryId } from '../domain/categories.ts';
import { DOCUMENT_LEVELS, type DocumentLevel } from '../domain/document.ts';
import { LINK_FILTERS, NO_FILTERS, type Filters, type LinkFilter } from '../domain/filters.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import { taskIndex } from '../joins/task-index.ts';
import { flag, keyword, list, matching, orderOf, text, type Codec } from './codecs.ts';
import { camera, httpUrl, pair, toggles, years, type Camera } from './view-codecs.ts';

/**
 * The view's one schema: every field a link, an embedding page or a presentation step can hold, with its URL
 * parameter, default, and who may change it. URL state, sanitising, embed patches, presenting steps and the
 * store's view slice are all derived from it, so a new field is one entry here.
 */

/** Map levels: the nation (provinces), one province (prefectures and counties), one prefecture (counties). */
export type MapLevel = 'country' | 'province' | 'prefecture';
export const MAP_LEVELS: readonly MapLevel[] = ['country', 'province', 'prefecture'];

export type LayerName = 'composites' | 'targets' | 'labels';
export type LayerToggles = Record<LayerName, boolean>;
export type { Camera } from './view-codecs.ts';

export interface Field<T> {
  /** The URL parameter. */
  param: string;
  codec: Codec<T>;
  default: T;
  /** An embedding page may set it; a read-only field is fixed by the page's own URL. */
  embed: 'set' | 'read-only';
  /** A presentation step keeps it; otherwise the presenter's own value stays (language, the table …). */
  step: boolean;
  /** How a patch applies: replace (the default), or merge key by key (toggles). */
  merge?: (current: T, patch: unknown, what: string) => T;
  /** What the loaded data does not hold is dropped (a stale link), and an embedding page is told `message`. */
  known?: { keep: (value: T, data: AtlasData, view: { level: MapLevel }) => T; message: string };
  /** The name an error uses when the field's parameter was dropped by a rule across fields. */
  label?: string;
}

/** Region keys: a six-digit administrative code or a registry id (lower-case words and digits joined by -). */
const REGION_KEY = /^(?:\d{6}|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/;
const DOC_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
/** A task id: its document's id and its number (`national-2022-key-tasks/6`). */
const TASK_ID = /^[a-z0-9][a-z0-9-]{0,80}\/\d{1,4}$/;
/** An indicator id: lower-case words and digits joined by - (5g-base-stations). */
const INDICATOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LAYER_NAMES: readonly LayerName[] = ['composites', 'targets', 'labels'];

const field = <T>(f: Field<T>): Field<T> => f;
const filterField = <T>(param: string, codec: Codec<T>, fallback: T, known?: Field<T>['known']) =>
  field({ param, codec, default: fallback, embed: 'set', step: true, known });

/** Keeps the items the data holds; the same array when nothing goes, so callers can tell by identity. */
const keepKnown = (has: (data: AtlasData, x: string) => boolean) => (xs: string[], data: AtlasData) => {
  const kept = xs.filter((x) => has(data, x));
  return kept.length === xs.length ? xs : kept;
};

/** The filters, one parameter each; patches merge field by field. */
export const FILTER_FIELDS = {
  categories: filterField<CategoryId[]>('cat', list<CategoryId>(isCategoryId, orderOf(CATEGORY_IDS)), NO_FILTERS.categories),
  documents: filterField('doc', list((d) => DOC_ID.test(d)), NO_FILTERS.documents, {
    keep: keepKnown((data, id) => data.table.documents.some((d) => d.document.id === id)),
    message: 'unknown document',
  }),
  levels: filterField<DocumentLevel[]>('issuer', list<DocumentLevel>((l) => (DOCUMENT_LEVELS as readonly string[]).includes(l), orderOf(DOCUMENT_LEVELS)), NO_FILTERS.levels),
  departments: filterField('dept', list((d) => d.length <= 40 && !/[<>]/.test(d)), NO_FILTERS.departments, {
    keep: keepKnown((data, name) => data.table.departments.includes(name)),
    message: 'unknown department',
  }),
  hasTarget: filterField('target', flag, NO_FILTERS.hasTarget),
  years: filterField('years', years, NO_FILTERS.years),
  text: filterField('q', text(100), NO_FILTERS.text),
  links: filterField<LinkFilter[]>('links', list<LinkFilter>((l) => (LINK_FILTERS as readonly string[]).includes(l), orderOf(LINK_FILTERS)), NO_FILTERS.links),
  // Ids in alphabetical order: the registry's own order would bring its patterns into the boot bundle.
  indicators: filterField('measures', list((id) => INDICATOR_ID.test(id)), NO_FILTERS.indicators, {
    keep: keepKnown((data, id) => data.indicatorIds.has(id)),
    message: 'unknown indicator',
  }),
} satisfies { [K in keyof Filters]: Field<Filters[K]> };

const layers = toggles(LAYER_NAMES, { composites: true, targets: true, labels: true });

/** The view's fields, in the order their parameters appear in a URL. */
export const VIEW_FIELDS = {
  level: field<MapLevel>({ param: 'level', codec: keyword(MAP_LEVELS, 'country'), default: 'country', embed: 'set', step: true, label: 'level or focus' }),
  /** The province or prefecture the level shows (null at country level). */
  focus: field<string | null>({
    param: 'focus',
    codec: matching(/^\d{6}$/),
    default: null,
    embed: 'set',
    step: true,
    label: 'level or focus',
    known: { keep: (focus, data, view) => (focus && data.tree.has(focus) && levelOf(focus) === view.level ? focus : null), message: 'unknown focus' },
  }),
  /** The region whose panel is open: an admin code or a composite id. */
  selected: field<string | null>({
    param: 'region',
    codec: matching(REGION_KEY),
    default: null,
    embed: 'set',
    step: true,
    known: { keep: (key, data) => (key !== null && !data.names.has(key) ? null : key), message: 'unknown region' },
  }),
  /** Count composites for their member units too. */
  expandComposites: field<boolean>({ param: 'members', codec: flag, default: false, embed: 'set', step: true }),
  layers: field<LayerToggles>({ param: 'layers', codec: layers, default: layers.check({}, 'layers'), embed: 'set', step: true, merge: layers.merge }),
  lang: field<Lang>({ param: 'lang', codec: keyword(LANGS, 'zh'), default: 'zh', embed: 'set', step: false }),
  /** Null: the map frames the level's region itself. */
  camera: field<Camera | null>({ param: 'at', codec: camera, default: null, embed: 'set', step: true }),
  /** An external basemap style URL, off unless the user sets one. */
  basemap: field<string | null>({ param: 'basemap', codec: httpUrl, default: null, embed: 'read-only', step: false }),
  table: field<boolean>({ param: 'table', codec: flag, default: false, embed: 'set', step: false }),
  compare: field<[string, string] | null>({
    param: 'compare',
    codec: pair(REGION_KEY),
    default: null,
    embed: 'set',
    step: false,
    known: { keep: (keys, data) => (keys && !keys.every((k) => data.names.has(k)) ? null : keys), message: 'unknown region in compare' },
  }),
  embed: field<boolean>({ param: 'embed', codec: flag, default: false, embed: 'read-only', step: false }),
  /** An indicator (data/indicators.json) whose commitments the map and the cross-level table show. */
  indicator: field<string | null>({
    param: 'indicator',
    codec: matching(INDICATOR_ID),
    default: null,
    embed: 'set',
    step: true,
    known: { keep: (id, data) => (id !== null && !data.indicatorIds.has(id) ? null : id), message: 'unknown indicator' },
  }),
  /** An upper task (its id) whose take-up by lower documents the map shows: the cascade view. */
  cascade: field<string | null>({
    param: 'cascade',
    codec: matching(TASK_ID, 120),
    default: null,
    embed: 'set',
    step: true,
    known: { keep: (id, data) => (id !== null && taskIndex(data.table, id) === undefined ? null : id), message: 'unknown task' },
  }),
};

type FieldValues<F> = { -readonly [K in keyof F]: F[K] extends Field<infer T> ? T : never };

/** Everything a URL can hold: the view a presenter shares or an analyst bookmarks. */
export type ViewState = FieldValues<typeof VIEW_FIELDS> & { filters: Filters };
export type ViewKey = keyof ViewState;

const FIELD_KEYS = Object.keys(VIEW_FIELDS) as Array<keyof typeof VIEW_FIELDS>;
/** The top-level keys in URL order: the filters come after the level, focus and selection. */
export const VIEW_KEYS: readonly ViewKey[] = [...FIELD_KEYS.slice(0, 3), 'filters', ...FIELD_KEYS.slice(3)];
export const FILTER_KEYS = Object.keys(FILTER_FIELDS) as Array<keyof Filters>;

/** Each field's spec by key (the filters are a group of their own). */
export function fieldOf(key: Exclude<ViewKey, 'filters'>): Field<unknown> {
  return VIEW_FIELDS[key] as Field<unknown>;
}

export function filterFieldOf(key: keyof Filters): Field<unknown> {
  return FILTER_FIELDS[key] as Field<unknown>;
}

export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
  ...(Object.fromEntries(FIELD_KEYS.map((k) => [k, VIEW_FIELDS[k].default])) as FieldValues<typeof VIEW_FIELDS>),
  filters: NO_FILTERS,
});

/** The rule across fields: a level below the country needs its focus, and the country has none. */
export function normalizeLevel(v: ViewState): ViewState {
  if (v.level !== 'country' && v.focus) return v;
  return v.level === 'country' && v.focus === null ? v : { ...v, level: 'country', focus: null };
}

/** The view part of any object holding one (the store's state, an embed answer): the schema's keys only. */
export function viewOf(s: ViewState): ViewState {
  return Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as unknown as ViewState;
}
