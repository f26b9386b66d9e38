/** Names of bodies: what a body's name ends with, and repairs for names that scraping ran together or cut. */

// Characters and words a body's name ends with. Single characters are deliberately few: 社 or 会 end words
// such as 人力资源社会保障厅's 社会, so they only count inside longer endings (供销社, 管委会).
export const DEPT_END =
  /(?:部|委|局|厅|办|院|队|署|会|中心|政府|集团|银行|分行|公司|单位|部门|机构|供销社|总社|联社|工商联|残联|联席会议|办公室|街道|市|县|区|州|盟)$/;

/** Ends a body's name and may be directly followed by another body's (县卫健局人社局). */
const SPLIT_AFTER = /(?:部|局|厅|办|队|署|中心|政府|集团|管委会|委员会|办公室|(?<![省县市区党])委)$/;
/** The last characters SPLIT_AFTER can match: a cut anywhere else is skipped without slicing or testing. */
const SPLIT_AFTER_LAST = new Set('部局厅办队署心府团会室委');

/** A body's name: 2–30 characters ending like one (厅, 局, 委, 政府, 中心 …). */
export function isDepartmentLike(s: string): boolean {
  return s.length >= 2 && s.length <= 30 && DEPT_END.test(s);
}

/**
 * Splits run-together names that lost their 、 in scraping: 县委网信办行政审批局县经贸局 → 县委网信办, 行政审批局,
 * 县经贸局; 县文旅局各镇街道 → 县文旅局, 各镇街道. A tail that begins with a place (人民银行西安分行,
 * 生态环境局洋县分局, 国家统计局浙江调查总队) is a branch of the same body and stays joined.
 */
export function splitRunOn(name: string, places: PlaceTests): string[] {
  for (let k = name.length - 3; k >= 2; k--) {
    if (name[k] !== '各' && name[k] !== '县' && !(k >= 3 && SPLIT_AFTER_LAST.has(name[k - 1]!))) continue;
    const left = name.slice(0, k);
    const right = name.slice(k);
    const countyHere = right.startsWith('县') && [1, 2, 3, 4].some((j) => k - j >= 0 && places.isPlaceName(name.slice(k - j, k + 1)));
    const newItem = right.startsWith('各') || (right.startsWith('县') && !countyHere);
    // 部际联席会议 and 部门 are one word, not a body ending in 部 and another.
    const leftEnds = left.length >= 3 && SPLIT_AFTER.test(left) && !(left.endsWith('部') && /^[际门]/.test(right));
    if ((leftEnds || newItem) && isDepartmentLike(right) && right.length >= 3 && !places.isPlacePrefix(right)) {
      return [...splitRunOn(left, places), ...splitRunOn(right, places)];
    }
  }
  return [name];
}

/**
 * A run-on that ends in a known body and starts with the stem of another (发改住建局 → 发改, 住建局;
 * 卫健民政局 → 卫健, 民政局): the 局、 between them was lost in scraping. The stem is kept as written.
 */
export function splitKnown(name: string, known?: ReadonlySet<string>): string[] {
  if (!known) return [name];
  // By the suffixes of the name (a dozen characters), not by the known names (a hundred or more): this runs for
  // every name part of every note.
  for (let cut = 2; cut < name.length; cut++) {
    const k = name.slice(cut);
    if (!known.has(k)) continue;
    const stem = name.slice(0, cut);
    if (known.has(stem) || known.has(`${stem}局`) || known.has(`县${stem}局`)) return [stem, k];
  }
  return [name];
}

export interface PlaceTests {
  /** True when the text at the start of `s` is a place name (浙江, 西安, 洋县). */
  isPlacePrefix: (s: string) => boolean;
  /** True when `s` is exactly a place name. */
  isPlaceName: (s: string) => boolean;
}

/** A one-character leftover (局) is noise; a two-character stem (发改) is kept if a known body starts with it. */
export function repairFragment(name: string, known?: ReadonlySet<string>): string | null {
  if (name.length < 2) return null;
  if (isDepartmentLike(name)) return name;
  if (known) for (const k of known) if (k.startsWith(name) || k.startsWith(`县${name}`)) return name;
  return name.length <= 12 ? name : null;
}

export function longestKnownSuffix(s: string, known?: ReadonlySet<string>): string | null {
  if (known) for (let cut = 0; cut < s.length; cut++) if (known.has(s.slice(cut))) return s.slice(cut);
  return null;
}
