import type { CategoryId } from './categories.ts';
import type { DocumentLevel, RegionRef } from './document.ts';

/** Character offsets [start, end) into the original (decoded) document text. */
export type Span = readonly [number, number];

export type Bound = '>=' | '<=' | '=';

export interface Target {
  /** Plain number: 20万 → 200000, 1.6万亿元 → 1.6e12, 90% → 90. For ranges, the lower end. */
  value: number;
  /** Upper end of a range (1-2个 → value 1, max 2). */
  max?: number;
  /** Unit as counted: 人次, 个, 套, 公里, 元, %, 倍 … */
  unit: string;
  /** The words the target was read from. */
  text: string;
  /** "2025", "2023-06", "2023-Q3", or null when the wording gives none. */
  deadline: string | null;
  approx: boolean;
  bound: Bound;
  span: Span;
}

/** Kinds of places: administrative units and the composite regions of data/regions. */
export type PlaceKind =
  | 'province'
  | 'prefecture'
  | 'county'
  | 'town'
  | 'cluster'
  | 'metro'
  | 'group'
  | 'zone'
  | 'pilot'
  | 'region';

export interface Place {
  /** As written in the text (short forms included: 富平, 高陵). */
  name: string;
  /** Canonical name (富平县, 西安市高陵区). */
  fullName: string;
  /** GB/T 2260 code; for towns the county's code; null for composites. */
  code: string | null;
  /** Nine-digit township code (towns only). */
  townCode?: string;
  /** Composite region id in data/regions (composites only). */
  regionId?: string | null;
  kind: PlaceKind;
  span: Span;
}

export interface Task {
  /** Stable across runs: `${documentId}/${seq}`. */
  id: string;
  seq: number;
  /** Numbering normalised to ASCII: "(1)", "1.". */
  label: string;
  sectionSeq: number;
  /** The lead phrase, up to the first 。 */
  title: string;
  /** The whole task as it reads (scraping markers removed). */
  text: string;
  span: Span;
  departments: string[];
  targets: Target[];
  places: Place[];
  categories: CategoryId[];
}

export interface Section {
  seq: number;
  title: string;
  span: Span;
}

export interface ExtractedDocument {
  document: {
    id: string | null;
    title: string;
    issuer: string | null;
    date: string | null;
    year: number | null;
    docNumber: string | null;
    level: DocumentLevel | null;
    region: RegionRef | null;
  };
  sections: Section[];
  tasks: Task[];
}
