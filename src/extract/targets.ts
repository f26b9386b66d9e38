import type { Bound, Target } from '../domain/task.ts';
import { codesOf } from '../lib/char-codes.ts';
import type { DeadlineMention } from './deadlines.ts';
import { titleRanges } from './deadlines.ts';
import { QUANTITY_SOURCE, parseRange } from './numbers.ts';

/** A target as found in one task's text: offsets into that text instead of a span of the document. */
export type FoundTarget = Omit<Target, 'span'> & { start: number; end: number };

/** Units as counted, longest first so 个百分点 wins over 个. */
const UNITS = [
  '个百分点', '百分点', '平方公里', '万人次', '平方米', '立方米', '千瓦时', '人次', '公顷', '公里', '千米', '千瓦', '平米',
  '个', '家', '所', '座', '套', '间', '户', '条', '处', '项', '辆', '吨', '元', '%', '倍', '张', '床', '台', '名', '人', '亩', '栋', '艘',
];
const UNIT_SOURCE = UNITS.join('|');

/** Chinese numerals count only with these measure words; 三条控制线, 二次供水, 三项改革 are names, not targets. */
const CHINESE_UNITS = new Set(['个', '所', '家']);

const CANDIDATE = new RegExp(`${QUANTITY_SOURCE}\\s*(${UNIT_SOURCE})`, 'g');
const AFTER_BOUND = /^\s*(及以上|以上|及以下|以下|以内|左右|上下)/;

export interface TargetOptions {
  /** Where the task's words begin (after its label). */
  bodyStart: number;
  /** The task's deadline mentions (from findDeadlines). */
  deadlines: DeadlineMention[];
  /** Ranges not to read (responsibility parentheticals). */
  skip: Array<[number, number]>;
  /** The year an annual plan's targets fall in when the wording names none. */
  planYear: number | null;
}

/**
 * Quantitative commitments of one task: a number with a unit, in a clause that commits to it. Program names
 * (十大行动, 4111+N, 三支一扶, 七个一), dates, ordinals, rates (万吨/年) and thresholds (300万以下城市, 超过200亿元的县,
 * 30户以上自然村) are not targets.
 */
export function findTargets(text: string, opts: TargetOptions): FoundTarget[] {
  const out: FoundTarget[] = [];
  const titles = titleRanges(text);
  const quotes = shortQuoteRanges(text);
  const inside = (i: number, ranges: Array<[number, number]>) => ranges.some(([s, e]) => i >= s && i < e);

  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const s = m.index;
    let e = s + m[0].length;
    const unit = m[3]!;
    const written = m[0].slice(0, m[0].length - unit.length).trim();
    if (s < opts.bodyStart || inside(s, opts.skip) || inside(s, titles) || inside(s, quotes)) continue;
    const before = text.slice(Math.max(0, s - 4), s);
    const after = text.slice(e, e + 6);
    const chinese = !/\d/.test(written);
    if (/[\d.A-Za-z+第]$/.test(before)) continue;
    if (/^\s*[+/／]/.test(after) || /^[A-Za-z]/.test(after)) continue;
    if (/^(?:级|号|届|期|岁|线|大)/.test(after)) continue;
    if (unit === '条' && /^(?:措施|举措|意见|标准|规定|经验)/.test(after)) continue;
    if (chinese) {
      if (!CHINESE_UNITS.has(unit)) continue;
      // 六个一, 七个一, 三个年 are slogans.
      if (/^[一二三四五六七八九十年]/.test(after)) continue;
      if (/[\u4e00-\u9fff]$/.test(before) && /[零〇一二两三四五六七八九十百千]$/.test(before)) continue;
      // 两个指标变动, 三个城镇化率: measures being named, not a count being set.
      if (/^[\u4e00-\u9fff]{0,6}(?:率|指标)/.test(text.slice(e, e + 8))) continue;
    }
    const boundAfter = AFTER_BOUND.exec(after);
    const tailEnd = e + (boundAfter ? boundAfter[0].length : 0);
    const next = text[tailEnd] ?? '';
    // A quantity that qualifies a noun is a threshold: 超过200亿元的县, 百亿以上的产业集群, 300万以下城市.
    if (next === '的' && unit !== '%') continue;
    if (boundAfter?.[1]?.endsWith('以下') && /[\u4e00-\u9fff]/.test(next)) continue;
    if (boundAfter?.[1]?.endsWith('以上') && /[\u4e00-\u9fff]/.test(next) && /^(?:户|人|名)$/.test(unit)) continue;

    // "A、B、C…7个组团" counts the items just listed; it names them, it sets no target. A rate is no count.
    if (unit !== '%' && !unit.endsWith('百分点') && isEnumerationCount(text, s, opts.bodyStart)) continue;

    const [low, high] = parseRange(written);
    if (!Number.isFinite(low)) continue;
    e = tailEnd;
    let bound: Bound = '=';
    let approx = false;
    const lead = text.slice(Math.max(0, s - 8), s);
    if (/(?:超过|超出|不少于|不低于|多于|超)\s*$/.test(before) || /(?:至少|不少于)[\u4e00-\u9fff]{0,4}\s*$/.test(lead)) bound = '>=';
    if (/(?:不超过|不高于|(?<!不)低于|(?<!不)少于|控制在)\s*$/.test(before)) bound = '<=';
    if (/(?:约|大约|近|接近)\s*$/.test(before)) approx = true;
    const suffix = boundAfter?.[1];
    if (suffix === '以上' || suffix === '及以上') bound = '>=';
    if (suffix === '以下' || suffix === '及以下' || suffix === '以内') bound = '<=';
    if (suffix === '左右' || suffix === '上下') approx = true;

    out.push(makeTarget(text, s, e, { value: low, max: high, unit, quantity: text.slice(s, e), bound, approx }, opts));
  }

  const doubling = /翻(一|两|二|三)番/g;
  for (let m = doubling.exec(text); m; m = doubling.exec(text)) {
    if (m.index < opts.bodyStart || inside(m.index, opts.skip)) continue;
    const times = { 一: 1, 两: 2, 二: 2, 三: 3 }[m[1] as '一'] ?? 1;
    out.push(makeTarget(text, m.index, m.index + m[0].length, { value: 2 ** times, unit: '倍', quantity: m[0], bound: '=', approx: false }, opts));
  }
  return out.sort((a, b) => a.start - b.start);
}

function makeTarget(
  text: string,
  s: number,
  e: number,
  q: { value: number; max?: number; unit: string; quantity: string; bound: Bound; approx: boolean },
  opts: TargetOptions,
): FoundTarget {
  const clauseStart = Math.max(opts.bodyStart, lastIndexOfAny(text, CLAUSE_MARKS, s) + 1);
  const sentenceStart = Math.max(opts.bodyStart, lastIndexOfAny(text, SENTENCE_MARKS, s) + 1);
  const sentenceEnd = firstIndexOfAny(text, SENTENCE_MARKS, e);
  // The nearest deadline before the target in its sentence, else one worded as a deadline after it.
  const before = opts.deadlines.filter((d) => d.end <= s && d.start >= sentenceStart).pop();
  const after = opts.deadlines.find((d) => d.start >= e && d.end <= sentenceEnd && d.cue);
  const found = before ?? after ?? opening(text, s, opts);
  const deadline = found?.deadline ?? opts.planYear?.toString() ?? null;
  const target: FoundTarget = {
    value: q.value,
    unit: q.unit,
    text: text.slice(clauseStart, e).trim(),
    quantity: q.quantity,
    deadline,
    deadlineSource: found ? 'text' : deadline ? 'document' : null,
    approx: q.approx,
    bound: q.bound,
    start: clauseStart,
    end: e,
  };
  if (q.max !== undefined && Number.isFinite(q.max)) target.max = q.max;
  return target;
}

/**
 * A deadline that opens an earlier sentence of the same paragraph (到2020年，…基本解决。全国农机总动力超过10亿千瓦)
 * covers what follows it until another deadline is worded: goal paragraphs set one date for many figures.
 */
function opening(text: string, s: number, opts: TargetOptions): DeadlineMention | undefined {
  let d: DeadlineMention | undefined;
  for (const m of opts.deadlines) if (m.end <= s && m.start >= opts.bodyStart) d = m;
  if (!d || !d.cue || !/^(?:到|至)/.test(d.text) || !/^[，,]/.test(text.slice(d.end, d.end + 1))) return undefined;
  let i = d.start - 1;
  while (i >= opts.bodyStart && /\s/.test(text[i]!)) i--;
  return i < opts.bodyStart || '。；;：:'.includes(text[i]!) ? d : undefined;
}

function isEnumerationCount(text: string, s: number, bodyStart: number): boolean {
  if (!/[\u4e00-\u9fff]/.test(text[s - 1] ?? '')) return false;
  const clause = text.slice(Math.max(bodyStart, lastIndexOfAny(text, CLAUSE_MARKS_BUT_LIST, s) + 1), s);
  return (clause.match(/、/g)?.length ?? 0) >= 2 && !/\d/.test(clause);
}

// As char codes: the scans below test every character back to a clause's start.
const CLAUSE_MARKS = codesOf('，,。；;：:、');
const CLAUSE_MARKS_BUT_LIST = codesOf('，,。；;：:');
const SENTENCE_MARKS = codesOf('。；;');

function lastIndexOfAny(text: string, codes: readonly number[], before: number): number {
  for (let i = before - 1; i >= 0; i--) if (codes.includes(text.charCodeAt(i))) return i;
  return -1;
}

function firstIndexOfAny(text: string, codes: readonly number[], from: number): number {
  for (let i = from; i < text.length; i++) if (codes.includes(text.charCodeAt(i))) return i;
  return text.length;
}

/** “…” runs short enough to be a slogan or a program name (“4111+N”, “三个年”, “六个一”). */
function shortQuoteRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[“‘"]([^”’"]{1,10})[”’"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
