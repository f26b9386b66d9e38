import type { DocumentLevel } from '../domain/document.ts';

/** A rate is drawn in classes on the map and compared by difference; a count in proportional symbols, by share. */
export type IndicatorKind = 'rate' | 'count';

/** Which way a target is more ambitious: a higher training count, a lower unemployment rate. */
export type Better = 'higher' | 'lower';

/** A unit an indicator is counted in, with its names for reading (个 → 个小区 / compounds). */
export interface IndicatorUnit {
  unit: string;
  zh: string;
  en: string;
}

/** Where an indicator's wording and unit come from when no shipped document commits to it. */
export interface IndicatorSource {
  title: string;
  issuer: string;
  date: string;
  docNumber?: string;
  where?: string;
  /** Quoted from memory, not checked against the published text. */
  unverified?: boolean;
}

/** A wording that signals the indicator, compiled: a regular expression over a target's window (see target-window.ts). */
export interface IndicatorPattern {
  /** As written in data/indicators.json, macros unexpanded. */
  source: string;
  re: RegExp;
  /** Only targets in these units match it (the indicator's units when absent). */
  units?: string[];
  /** Only targets of documents issued at these levels match it. */
  levels?: DocumentLevel[];
}

/** One entry of data/indicators.json, checked and compiled. */
export interface Indicator {
  /** Kebab-case, stable: URL state and exports carry it. */
  id: string;
  zh: string;
  en: string;
  kind: IndicatorKind;
  better: Better;
  /** The first is the unit values are usually given in; the others are counted apart, never converted or summed. */
  units: IndicatorUnit[];
  /** Units that count the same thing under another name, mapped to one of `units` (座 → 个 for base stations). */
  unitAliases: Record<string, string>;
  /** A wider indicator this one is a part of: a target fitting both is this one's. */
  broader?: string;
  patterns: IndicatorPattern[];
  /** Wordings that rule a match out (a pilot counties' rate, a gap between two rates). */
  exclude: RegExp[];
  note?: string;
  source?: IndicatorSource;
}
