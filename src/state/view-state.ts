import { NO_FILTERS, type Filters } from '../domain/filters.ts';

/** Map levels: the nation (provinces), one province (prefectures and counties), one prefecture (counties). */
export type MapLevel = 'country' | 'province' | 'prefecture';
export const MAP_LEVELS: readonly MapLevel[] = ['country', 'province', 'prefecture'];

export type Lang = 'zh' | 'en';

/** Toggleable map layers. */
export interface LayerToggles {
  composites: boolean;
  targets: boolean;
  labels: boolean;
}

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

/** Everything a URL can hold: the view a presenter shares or an analyst bookmarks. */
export interface ViewState {
  level: MapLevel;
  /** The province or prefecture the level shows (null at country level). */
  focus: string | null;
  /** The region whose panel is open: an admin code or a composite id. */
  selected: string | null;
  filters: Filters;
  /** Count composites for their member units too. */
  expandComposites: boolean;
  layers: LayerToggles;
  lang: Lang;
  /** Null: the map frames the level's region itself. */
  camera: Camera | null;
  /** An external basemap style URL, off unless the user sets one. */
  basemap: string | null;
  table: boolean;
  compare: [string, string] | null;
  embed: boolean;
}

export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze<ViewState>({
  level: 'country',
  focus: null,
  selected: null,
  filters: NO_FILTERS,
  expandComposites: false,
  layers: { composites: true, targets: true, labels: true },
  lang: 'zh',
  camera: null,
  basemap: null,
  table: false,
  compare: null,
  embed: false,
});
