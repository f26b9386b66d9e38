/**
 * The little language of data/indicators.json patterns: a regular expression over a target's window (the
 * sentence up to the quantity, the mark, then the words after it), in which
 * - `＃` (U+FF03) stands for the quantity itself, so every pattern says where the wording sits against the number;
 * - `{to}` is an optional linking verb (达到, 提高到, 稳定在, 超过 …) between an indicator's name and its value.
 * Patterns are tested with the `u` flag.
 */
export const MARK = '＃';

/**
 * Linking verbs allowed between a name and its number. 均达到 (several rates, one value) and 分别达到 (values
 * paired with names by position) are left out on purpose: they cannot say which rate a value belongs to.
 */
const TO =
  '(?:(?:全面|稳步|进一步|力争|确保|累计)?(?:达到|达|提高到|提高至|提升到|提升至|增加到|增至|稳定在|保持在|控制在|不低于|不少于|不超过|超过|低于|为|在))?(?:约|超)?';

/** Expands the macros of a pattern as written; throws when it does not place the quantity. */
export function expandPattern(source: string): string {
  if (!source.includes(MARK)) throw new Error(`pattern ${JSON.stringify(source)} does not place the quantity (${MARK})`);
  return source.replaceAll('{to}', TO);
}

/** Compiles a pattern as written, macros and all. */
export function compilePattern(source: string): RegExp {
  return new RegExp(expandPattern(source), 'u');
}

/**
 * Wordings that make a number something other than a commitment to a total, whatever indicator it names: a norm
 * for each unit (每个县建成1所), a part (其中30个), a stock (已纳入清单的9个), a figure relative to another
 * (高于全省1-2个百分点, 较2020年翻一番) or per head (每千人口托位数).
 */
export const NOT_A_TOTAL: readonly RegExp[] = [
  /(?:每(?:个|一个|一)?(?:县|市|区|镇|乡|村|街道|社区|小区)|各县)[^，,。；;＃]*＃/u,
  /其中[^，,。；;＃]*＃/u,
  /已(?:纳入|建成|有|列入|设立|批复)[^，,。；;＃]*＃/u,
  /(?:高于|低于|快于|慢于)(?:全国|全省|全市|全县|平均|同期)[^，,。；;＃]*＃/u,
  /(?:较|比)\d{4}年[^，,。；;＃]*＃/u,
  /(?:每千|每万|每百|人均)[^，,。；;＃]*＃/u,
];

/** 年均转户1300万人, 每年打造100个: a figure per year, not a total by the deadline. */
export const PER_YEAR = /(?:年均|每年)[^，,。；;＃]{0,8}＃/u;
