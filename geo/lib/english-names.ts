import { pinyin } from 'pinyin-pro';
import { shortName } from '../../src/domain/place-names.ts';

/** Conventional English names of province-level units (not pinyin: Shaanxi vs Shanxi, Inner Mongolia, Tibet). */
const PROVINCES: Record<string, string> = {
  '110000': 'Beijing', '120000': 'Tianjin', '130000': 'Hebei', '140000': 'Shanxi', '150000': 'Inner Mongolia',
  '210000': 'Liaoning', '220000': 'Jilin', '230000': 'Heilongjiang', '310000': 'Shanghai', '320000': 'Jiangsu',
  '330000': 'Zhejiang', '340000': 'Anhui', '350000': 'Fujian', '360000': 'Jiangxi', '370000': 'Shandong',
  '410000': 'Henan', '420000': 'Hubei', '430000': 'Hunan', '440000': 'Guangdong', '450000': 'Guangxi',
  '460000': 'Hainan', '500000': 'Chongqing', '510000': 'Sichuan', '520000': 'Guizhou', '530000': 'Yunnan',
  '540000': 'Tibet', '610000': 'Shaanxi', '620000': 'Gansu', '630000': 'Qinghai', '640000': 'Ningxia',
  '650000': 'Xinjiang', '710000': 'Taiwan', '810000': 'Hong Kong', '820000': 'Macao',
};

/** Pinyin without tones, syllables joined, an apostrophe before a vowel-initial syllable (Xi'an, Yan'an). */
export function romanize(hanzi: string): string {
  const syllables = pinyin(hanzi, { toneType: 'none', type: 'array', v: true }).map((s) => s.replace(/ü/g, 'u'));
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/**
 * Place-name readings pinyin-pro gets wrong: it reads a character's common sound, not the toponymic one (涡阳 Guoyang,
 * not Woyang; 单县 Shan, not Dan). Keyed by the name without its generic, as {@link englishName} romanizes it.
 */
const READINGS: Readonly<Record<string, string>> = {
  涡阳: 'Guoyang', 洪洞: 'Hongtong', 单: 'Shan', 大城: 'Dacheng', 乐亭: 'Laoting', 蔚: 'Yu', 铅山: 'Yanshan',
  六安: "Lu'an", 东阿: "Dong'e", 长子: 'Zhangzi', 浚: 'Xun', 繁峙: 'Fanshi',
};

const reading = (stem: string) => READINGS[stem] ?? romanize(stem);

const COUNTY_SUFFIX: Array<[RegExp, string]> = [
  [/自治县$/, 'Autonomous County'],
  [/自治旗$/, 'Autonomous Banner'],
  [/林区$/, 'Forestry District'],
  [/特区$/, 'Special District'],
  [/县$/, 'County'],
  [/区$/, 'District'],
  [/市$/, 'City'],
  [/旗$/, 'Banner'],
];

/** English name of a division: 西安市 → Xi'an, 富平县 → Fuping County, 洋县 → Yang County, 高陵区 → Gaoling District. */
export function englishName(code: string, name: string, level: 'province' | 'prefecture' | 'county'): string {
  // By code, so a province-level unit standing in for a prefecture (香港 in the prefecture layer) keeps its name.
  if (code.endsWith('0000') && PROVINCES[code]) return PROVINCES[code];
  if (level === 'province') return romanize(shortName(name, 'province') ?? name);
  if (level === 'prefecture') return reading(shortName(name, 'prefecture') ?? name);
  const suffix = COUNTY_SUFFIX.find(([re]) => re.test(name));
  const stem = suffix ? shortName(name, 'county') ?? name.replace(suffix[0], '') : name;
  return suffix ? `${reading(stem)} ${suffix[1]}` : reading(name);
}
