const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const CN_LEGAL_TRAD = '零壹貳參肆伍陸柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/**
 * A list number written in a Word numbering format (ECMA-376 ST_NumberFormat, with Word's own readings in
 * MS-DOCX 2.4: chineseCounting is 一, 十, 一〇〇; chineseCountingThousand is 一, 十, 一百). Formats Chinese plans do
 * not use fall back to decimal.
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'chineseCounting':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return n < 100 ? chineseCount(n, CN_DIGITS, '十') : digitByDigit(n, CN_DIGITS);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
    case 'japaneseDigitalTenThousand':
      return chineseCount(n, CN_DIGITS, '十', '百', '千');
    case 'chineseLegalSimplified':
      return chineseCount(n, CN_LEGAL, '拾', '佰', '仟');
    case 'ideographLegalTraditional':
      return chineseCount(n, CN_LEGAL_TRAD, '拾', '佰', '仟');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return digitByDigit(n, CN_DIGITS);
    case 'ideographTraditional':
      return cycle(n, STEMS);
    case 'ideographZodiac':
      return cycle(n, BRANCHES);
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCharCode(0x3220 + n - 1) : String(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** 1–9999 the way Chinese counts: 十一, 二十, 一百零五, 一千二百. */
function chineseCount(n: number, digits: string, ten: string, hundred = '百', thousand = '千'): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', ten, hundred, thousand];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const place = ds.length - 1 - i;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    // An inner zero reads 零 (一百零五), whatever the digits.
    if (zero) out += '零';
    zero = false;
    // 十一, not 一十一, when ten is the leading place.
    out += (d === 1 && place === 1 && out === '' ? '' : digits.charAt(d)) + units[place]!;
  });
  return out;
}

function digitByDigit(n: number, digits: string): string {
  return String(n).replace(/\d/g, (d) => digits.charAt(Number(d)));
}

function cycle(n: number, set: string): string {
  return n >= 1 ? set[(n - 1) % set.length]! : String(n);
}

function letters(n: number): string {
  if (n < 1) return String(n);
  // Word repeats the letter: a … z, aa … zz.
  const ch = String.fromCharCode(65 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}
