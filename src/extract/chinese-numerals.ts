const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿';

/**
 * Value of a Chinese numeral: 二十五 → 25, 十一 → 11, 一百零八 → 108, 三千万 → 3e7, 二〇二三 → 2023 (digit by digit).
 * Returns NaN for anything that is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number {
  if (s.length === 0) return NaN;
  for (const ch of s) if (!(ch in DIGITS) && !(ch in SMALL_UNITS) && !(ch in BIG_UNITS)) return NaN;
  // Digit-by-digit form, as years are written (二〇二三, 一九九八): no unit characters, four digits or a 〇.
  if ((s.length >= 4 || /[〇零]/.test(s)) && [...s].every((ch) => ch in DIGITS)) {
    return Number([...s].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit > 0) return NaN; // two digits in a row: 二三 (after 零 a digit may follow: 一百零八)
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit < 0 ? 1 : digit) * SMALL_UNITS[ch]!;
      digit = -1;
    } else {
      section += Math.max(digit, 0);
      total = (total + section) * BIG_UNITS[ch]!;
      section = 0;
      digit = -1;
    }
  }
  return total + section + Math.max(digit, 0);
}
