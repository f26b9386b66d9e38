import type { CategoryId } from '../domain/categories.ts';
import type { Task } from '../domain/task.ts';
import { plainOf, windowFilter, windowSamples } from './copied.ts';
import type { TermFinder, TermHit } from './terms.ts';

/** What a task is compared on: its lexicon terms, heading, quoted titles, kinds of target and categories. */
export interface TaskFeatures {
  /** Canonical term → how many times the task mentions it (a mention of 关中平原城市群 also counts for 城市群). */
  terms: Map<string, number>;
  /** Canonical term → in how many sentences (up to 。；！？) it stands. */
  sentences: Map<string, number>;
  /** Terms of the lead phrase: what the task is about. */
  headingTerms: Set<string>;
  /** Terms a target of the task counts (保障性租赁住房 in 全年建设保障性租赁住房2万套): a measure with a number. */
  targetTerms: Set<string>;
  /** Character bigrams of the lead phrase, for telling two tasks under one heading. */
  heading: Set<string>;
  /** Normalised 《titles》. */
  titles: Set<string>;
  /** `term·unit family` for each target whose clause counts something the lexicon knows (老旧小区·items). */
  targetKinds: Set<string>;
  categories: readonly CategoryId[];
  /** The text as copies are looked for in (see copied.ts): after the numbering, responsibility notes masked. */
  plain: string;
  /** Where each character of `plain` stands in `task.text`. */
  plainAt: Int32Array;
  /** 1 for each character of `plain` inside a lexicon term. */
  inTerm: Uint8Array;
  /** Its windows as copied.ts looks them up (as the lower text) and holds them (as the upper): made when needed. */
  samples?: Uint32Array;
  filter?: Uint32Array;
}

/**
 * Families of units that count the same kind of thing: 2万套 and 3000间 are both dwellings; 个 and 座 both count
 * items. 28个老旧小区 (neighbourhoods) and 100万户 (households) are different measures of one programme.
 */
const UNIT_FAMILIES: Record<string, string> = {
  人: 'people', 人次: 'people', 名: 'people',
  套: 'dwellings', 间: 'dwellings', 户: 'dwellings',
  个: 'items', 所: 'items', 家: 'items', 座: 'items', 处: 'items', 条: 'items', 辆: 'items', 台: 'items', 项: 'items', 张: 'items',
  元: 'money',
  '%': 'share', 个百分点: 'share',
  公里: 'length', 米: 'length', 千米: 'length',
  平方米: 'area', 平米: 'area', 公顷: 'area', 亩: 'area', 平方公里: 'area',
  倍: 'multiple',
};

/** The family a unit belongs to (the unit itself when it has none). */
export function unitFamily(unit: string): string {
  return UNIT_FAMILIES[unit] ?? unit;
}

/** 《…》 titles, without spaces, quotes or inner brackets, so two spellings of one title compare equal. */
export function quotedTitles(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/《([^《》]{2,100})》/g)) {
    const title = m[1]!.replace(/[\s"'“”‘’<>〈〉]/g, '');
    if (title.length >= 4) out.add(title);
  }
  return out;
}

/** Bigrams of a lead phrase's Chinese characters, its numbering and punctuation left out. */
export function headingBigrams(title: string): Set<string> {
  const s = title.replace(/^[（(][^）)]{1,4}[）)]|^\d+[．.]/, '').replace(/[^\u4e00-\u9fff]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Dice's coefficient of two bigram sets: 1 for one heading, ~0.8 for 推动/推进 of one heading. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

/** A term and the broader term it also counts as. */
function withBroader(term: string, finder: TermFinder): string[] {
  const broader = finder.info(term).broader;
  return broader === null ? [term] : [term, broader];
}

/**
 * A target clause names what it counts before the number (新开工改造城镇老旧小区2016个) or right after it
 * (启动改造28个老旧小区): the terms from the clause's start to the next stop after the number.
 */
function targetKinds(task: Task, finder: TermFinder): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const target of task.targets) {
    const start = task.text.indexOf(target.text);
    if (start < 0) continue;
    const rest = task.text.slice(start + target.text.length);
    const tail = /^[^，。；、,;（(]{0,12}/.exec(rest)![0];
    for (const hit of finder.find(target.text + tail)) out.push([hit.term, unitFamily(target.unit)]);
  }
  return out;
}

/**
 * The task's text with its responsibility notes' bodies blanked out, offsets kept: 省文物局 names a department,
 * not a line of work on 文物.
 */
export function maskDepartments(task: Task): string {
  let text = task.text;
  for (const name of task.departments) {
    if (name.length < 2 || !text.includes(name)) continue;
    text = text.split(name).join('□'.repeat(name.length));
  }
  return text;
}

/** What a task is compared on, worked out once per task. */
export function taskFeatures(task: Task, finder: TermFinder): TaskFeatures {
  const text = maskDepartments(task);
  const terms = new Map<string, number>();
  const sentences = new Map<string, number>();
  const lastSentence = new Map<string, number>();
  const stops = [...text.matchAll(/[。；;！？]/g)].map((m) => m.index);
  let sentence = 0;
  const hits = finder.find(text);
  for (const hit of hits) {
    while (sentence < stops.length && stops[sentence]! < hit.start) sentence++;
    for (const t of withBroader(hit.term, finder)) {
      terms.set(t, (terms.get(t) ?? 0) + 1);
      if (lastSentence.get(t) === sentence) continue;
      lastSentence.set(t, sentence);
      sentences.set(t, (sentences.get(t) ?? 0) + 1);
    }
  }
  const kinds = targetKinds(task, finder);
  const { plain, at } = plainOf(text, labelLength(text));
  const inTerm = new Uint8Array(plain.length);
  for (let i = 0, h = 0; i < plain.length; i++) {
    while (h < hits.length && hits[h]!.end <= at[i]!) h++;
    if (h < hits.length && hits[h]!.start <= at[i]!) inTerm[i] = 1;
  }
  return {
    terms,
    sentences,
    headingTerms: headingTermsOf(task, text, hits, finder),
    targetTerms: new Set(kinds.map(([term]) => term)),
    heading: headingBigrams(task.title),
    titles: quotedTitles(task.text),
    targetKinds: new Set(kinds.map(([term, family]) => `${term}·${family}`)),
    categories: task.categories,
    plain,
    plainAt: at,
    inTerm,
  };
}

/** The terms of the lead phrase: the text's own hits within it, where the text holds it as written. */
function headingTermsOf(task: Task, text: string, hits: readonly TermHit[], finder: TermFinder): Set<string> {
  const at = text.indexOf(task.title);
  const inTitle = at < 0 ? finder.find(task.title) : hits.filter((h) => h.start >= at && h.end <= at + task.title.length);
  return new Set(inTitle.flatMap((h) => withBroader(h.term, finder)));
}

/** The length of a task's numbering ((三), （三）, 3．), which two tasks share by chance. */
function labelLength(text: string): number {
  return /^\s*[（(]?[一二三四五六七八九十百\d]{1,4}[)）．.、]/.exec(text)?.[0].length ?? 0;
}

/** The windows a task's text looks up as the lower text, made once. */
export function samplesOf(f: TaskFeatures): Uint32Array {
  return (f.samples ??= windowSamples(f.plain));
}

/** The filter of a task's windows as the upper text, made once. */
export function filterOf(f: TaskFeatures): Uint32Array {
  return (f.filter ??= windowFilter(f.plain));
}
