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
  /** The clause the target was read from (全省新建5G基站1.8万个). */
  text: string;
  /** The quantity as written (1.8万个, 20个左右). */
  quantity: string;
  /** "2025", "2023-06", "2023-Q3"; the plan's year for an annual plan whose wording gives none; else null. */
  deadline: string | null;
  /** Whether the deadline is worded in the text or is the year of an annual plan. */
  deadlineSource: 'text' | 'document' | null;
  approx: boolean;
  bound: Bound;
  span: Span;
  /** The indicator the target measures (data/indicators.json), when one fits; absent when none does. */
  indicator?: TargetIndicator;
}

/** A target read as a value of a registered indicator, in the indicator's unit. */
export interface TargetIndicator {
  /** Indicator id in data/indicators.json. */
  id: string;
  /** The target's value converted to `unit` (1.8万个 → 18000, 25座 → 25 个 for 5G base stations). */
  value: number;
  /** Upper end of a range, converted alike. */
  max?: number;
  /**
   * One of the indicator's units (人次, 个, 户, %, 个百分点 …), with `/年` appended when the target is a yearly
   * average or a per-year figure (年均转户1300万人 → 人/年). Values of different units are never summed or compared.
   */
  unit: string;
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
  /** First mention. */
  span: Span;
  /** Every mention, in order. */
  spans: Span[];
}

/** A date the task commits to, with or without a number (6月底前实现…跨省通办). */
export interface Milestone {
  deadline: string;
  text: string;
  span: Span;
}

/**
 * What a body does for a task, as its responsibility note says: `lead` (…牵头, or the first body where the
 * document says 列第一位者为牵头单位), `support` (参与, 配合, 协助, and bodies listed after a lead), `guide` (指导),
 * `resp` (responsible, no role word: …负责, 按职责分工负责, or a bare list).
 */
export type DepartmentRole = 'lead' | 'support' | 'guide' | 'resp';

/**
 * A numbered item one level below a task (具体措施 1．2．3． under （一）, or (1) (2) under 1．), kept inside its task
 * so nothing is lost. Its departments, roles and targets are also the task's.
 */
export interface TaskItem {
  /** Numbering normalised to ASCII, as Task.label: "1.", "(1)". */
  label: string;
  /** The lead phrase, up to the first 。 */
  title: string;
  text: string;
  span: Span;
  departments: string[];
  /** Parallel to `departments`. */
  roles: DepartmentRole[];
  targets: Target[];
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
  /**
   * Parallel to `departments`: what each body does. A body named in several notes of the task takes its strongest
   * role (lead > resp > support > guide). Always set by the extractor; optional for hand-built tasks.
   */
  roles?: DepartmentRole[];
  targets: Target[];
  /** Numbered sub-items (具体措施 1．2．3．), in order; empty when the task has none. Always set by the extractor. */
  items?: TaskItem[];
  /** Deadlines worded in the task (到2025年, 6月底前, 三季度), whether or not a number goes with them. */
  deadlines: Milestone[];
  places: Place[];
  categories: CategoryId[];
}

export interface Section {
  seq: number;
  title: string;
  span: Span;
  /** The unnumbered paragraphs between the heading and the first task, if any: context, not a task. */
  intro?: Span;
}

/** What a framing item is about: why (背景), how (指导思想, 原则), what by when (目标), where (范围). */
export type FramingKind = 'background' | 'principles' | 'goals' | 'scope';

/**
 * A numbered item that frames the work rather than assigning it (指导思想, 基本原则, 主要目标, 试点范围, 重大意义 …),
 * a framing section (二、发展目标) that holds no numbered items, or the preface before the first section when it
 * sets dated figures (label '', title '', sectionSeq 0, kind 'goals'). Not a task.
 */
export interface FramingItem {
  /** As Task.label ("(3)", "3."); for a whole section, its numeral as written with 、 ("二、"). */
  label: string;
  sectionSeq: number;
  /** The lead phrase (主要目标); empty for a preface. */
  title: string;
  kind: FramingKind;
  span: Span;
  /** The item as it reads (scraping markers removed), as Task.text: its targets are understood in it. */
  text: string;
  /** For `goals`: the document's headline targets, with their deadlines. Read the same way as a task's. */
  targets: Target[];
}

/** Bytes that were not valid text in the document's encoding, each replaced by U+FFFD (or a control byte such as NUL). */
export interface DecodeDamage {
  /** How many characters of the decoded text were replaced. */
  replaced: number;
  /** Where: runs of replaced characters as offsets into the decoded text, in order (at most 100 runs listed). */
  spans: Span[];
}

export interface ExtractedDocument {
  document: {
    id: string | null;
    /** The shipped file in data/sources (null for a document read from elsewhere). */
    file: string | null;
    title: string;
    issuer: string | null;
    date: string | null;
    year: number | null;
    docNumber: string | null;
    level: DocumentLevel | null;
    region: RegionRef | null;
    /** How the file was encoded (GBK files are decoded as GB18030). */
    encoding: string;
    /** Bodies a note assigns to every following task (以下任务均需各省级有关部门落实), with the task that says so. */
    standingDepartments: Array<{ name: string; fromTask: number }>;
    /** Present only when some bytes could not be decoded and were replaced; the rest of the text was read. */
    decodeDamage?: DecodeDamage;
  };
  sections: Section[];
  tasks: Task[];
  /** Framing items, in document order. Always set by the extractor; optional for hand-built documents. */
  framing?: FramingItem[];
}
