import { formatNumber } from './number-formats.ts';
import { attr, xmlEvents } from './xml-events.ts';

/** One level of a Word list: <w:lvl w:ilvl>. */
export interface ListLevel {
  start: number;
  format: string;
  /** "%1、", "（%1）", "%1.%2". */
  text: string;
  /** <w:lvlRestart>: restart after a use of this (1-based) level; 0 never; null after any higher level. */
  restart: number | null;
  /** Legal numbering: every %N in decimal. */
  legal: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  /** A paragraph style this level is linked to. */
  style: string | null;
}

interface AbstractList {
  levels: Map<number, ListLevel>;
  /** <w:numStyleLink>: the definition lives with the numbering style of that name. */
  numStyleLink: string | null;
}

interface ListInstance {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: ListLevel }>;
}

/** numbering.xml: abstract lists and the instances (numId) paragraphs point at. */
export interface NumberingDefinitions {
  abstracts: Map<string, AbstractList>;
  instances: Map<string, ListInstance>;
}

const blankLevel = (): ListLevel => ({ start: 1, format: 'decimal', text: '', restart: null, legal: false, suffix: 'tab', style: null });

/** Reads word/numbering.xml. */
export function parseNumbering(xml: string): NumberingDefinitions {
  const abstracts = new Map<string, AbstractList>();
  const instances = new Map<string, ListInstance>();
  let abstract: AbstractList | null = null;
  let instance: ListInstance | null = null;
  let override: { start?: number; level?: ListLevel } | null = null;
  let level: ListLevel | null = null;
  for (const e of xmlEvents(xml)) {
    if (e.kind === 'close') {
      if (e.name === 'w:abstractNum') abstract = null;
      else if (e.name === 'w:num') instance = null;
      else if (e.name === 'w:lvlOverride') override = null;
      else if (e.name === 'w:lvl') level = null;
      continue;
    }
    if (e.kind !== 'open') continue;
    const val = attr(e.attrs, 'w:val');
    switch (e.name) {
      case 'w:abstractNum':
        abstract = { levels: new Map(), numStyleLink: null };
        abstracts.set(attr(e.attrs, 'w:abstractNumId') ?? '', abstract);
        break;
      case 'w:num':
        instance = { abstractId: '', overrides: new Map() };
        instances.set(attr(e.attrs, 'w:numId') ?? '', instance);
        break;
      case 'w:abstractNumId':
        if (instance) instance.abstractId = val ?? '';
        break;
      case 'w:lvlOverride':
        if (instance) {
          override = {};
          instance.overrides.set(Number(attr(e.attrs, 'w:ilvl') ?? 0), override);
        }
        break;
      case 'w:startOverride':
        if (override && val !== null) override.start = Number(val);
        break;
      case 'w:lvl':
        level = blankLevel();
        if (override) override.level = level;
        else abstract?.levels.set(Number(attr(e.attrs, 'w:ilvl') ?? 0), level);
        break;
      case 'w:numStyleLink':
        if (abstract) abstract.numStyleLink = val;
        break;
      default:
        if (level) readLevelProperty(level, e.name, val);
    }
  }
  return { abstracts, instances };
}

function readLevelProperty(level: ListLevel, name: string, val: string | null): void {
  if (val === null && name !== 'w:isLgl') return;
  if (name === 'w:start') level.start = Number(val) || 0;
  else if (name === 'w:numFmt') level.format = val!;
  else if (name === 'w:lvlText') level.text = val!;
  else if (name === 'w:lvlRestart') level.restart = Number(val);
  else if (name === 'w:isLgl') level.legal = val === null || !/^(?:0|false|off)$/i.test(val);
  else if (name === 'w:suff') level.suffix = val === 'space' || val === 'nothing' ? val : 'tab';
  else if (name === 'w:pStyle') level.style = val;
}

/** Where a paragraph's number comes from: a list instance and a level. */
export interface NumberingRef {
  numId: string;
  ilvl: number;
}

/**
 * Word's list counters, fed paragraph by paragraph in document order. Instances of one abstract list share their
 * counters (Word continues a list across numIds) unless an instance overrides a start value.
 */
export class ListCounters {
  private readonly counts = new Map<string, Array<number | undefined>>();

  constructor(
    private readonly defs: NumberingDefinitions,
    /** The numbering a numbering style carries, for <w:numStyleLink>. */
    private readonly styleNumbering: (styleId: string) => NumberingRef | null = () => null,
  ) {}

  /** The label of the next paragraph of this list at this level ("（三）"), or null for none. */
  next(ref: NumberingRef): string | null {
    const resolved = this.resolve(ref.numId);
    if (!resolved) return null;
    const { instance, abstract, key } = resolved;
    const levelOf = (k: number): ListLevel => instance.overrides.get(k)?.level ?? abstract.levels.get(k) ?? blankLevel();
    const startOf = (k: number): number => instance.overrides.get(k)?.start ?? levelOf(k).start;
    const ilvl = Math.max(0, Math.min(8, ref.ilvl));
    let counts = this.counts.get(key);
    if (!counts) this.counts.set(key, (counts = []));
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let j = ilvl + 1; j < 9; j++) {
      const r = levelOf(j).restart;
      if (r === null || (r !== 0 && ilvl < r)) counts[j] = undefined;
    }
    const level = levelOf(ilvl);
    if (level.format === 'bullet' || level.format === 'none') return null;
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const format = level.legal && k < ilvl ? 'decimal' : levelOf(k).format;
      return formatNumber(counts[k] ?? startOf(k), format);
    });
    if (label === '') return null;
    // Word puts a tab after the number; in plain text a label that ends in 、 ） ． needs nothing more.
    return level.suffix === 'nothing' || /[\p{P}\s]$/u.test(label) ? label : `${label} `;
  }

  private resolve(numId: string): { instance: ListInstance; abstract: AbstractList; key: string } | null {
    if (numId === '0') return null;
    const instance = this.defs.instances.get(numId);
    let abstract = instance ? this.defs.abstracts.get(instance.abstractId) : undefined;
    if (!instance || !abstract) return null;
    let abstractId = instance.abstractId;
    // A list defined by a numbering style: follow the style to the list that holds the levels (one hop).
    if (abstract.numStyleLink) {
      const linked = this.styleNumbering(abstract.numStyleLink);
      const target = linked ? this.defs.instances.get(linked.numId) : undefined;
      const targetAbstract = target ? this.defs.abstracts.get(target.abstractId) : undefined;
      if (target && targetAbstract) {
        abstract = targetAbstract;
        abstractId = target.abstractId;
      }
    }
    const key = instance.overrides.size > 0 ? `num:${numId}` : `abs:${abstractId}`;
    return { instance, abstract, key };
  }
}
