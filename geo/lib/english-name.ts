import { pinyin } from 'pinyin-pro';

/** Conventional English names of the province-level units (not plain pinyin: 陕西 Shaanxi vs 山西 Shanxi). */
export const PROVINCE_EN: Readonly<Record<string, string>> = {
  '110000': 'Beijing', '120000': 'Tianjin', '130000': 'Hebei', '140000': 'Shanxi', '150000': 'Inner Mongolia',
  '210000': 'Liaoning', '220000': 'Jilin', '230000': 'Heilongjiang', '310000': 'Shanghai', '320000': 'Jiangsu',
  '330000': 'Zhejiang', '340000': 'Anhui', '350000': 'Fujian', '360000': 'Jiangxi', '370000': 'Shandong',
  '410000': 'Henan', '420000': 'Hubei', '430000': 'Hunan', '440000': 'Guangdong', '450000': 'Guangxi',
  '460000': 'Hainan', '500000': 'Chongqing', '510000': 'Sichuan', '520000': 'Guizhou', '530000': 'Yunnan',
  '540000': 'Tibet', '610000': 'Shaanxi', '620000': 'Gansu', '630000': 'Qinghai', '640000': 'Ningxia',
  '650000': 'Xinjiang', '710000': 'Taiwan', '810000': 'Hong Kong', '820000': 'Macao',
};

/** Place-name readings pinyin-pro gets wrong (it reads the common, not the toponymic, sound). */
const READINGS: Readonly<Record<string, string>> = {
  涡阳: 'Guoyang', 洪洞: 'Hongtong', 单县: 'Shanxian', 大城: 'Dacheng', 乐亭: 'Laoting', 蔚县: 'Yuxian',
  铅山: 'Yanshan', 神农架林区: 'Shennongjia', 六安: "Lu'an", 东阿: "Dong'e", 长子: 'Zhangzi', 浚县: 'Xunxian', 繁峙: 'Fanshi',
};

/** Peoples named in autonomous units' names (自治州/县/旗). */
const PEOPLES = '维吾尔|哈萨克|柯尔克孜|塔吉克|乌孜别克|塔塔尔|俄罗斯|达斡尔|鄂温克|鄂伦春|土家|哈尼|傈僳|拉祜|纳西|景颇|仫佬|毛南|仡佬|布依|布朗|撒拉|锡伯|阿昌|普米|德昂|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|东乡|朝鲜|蒙古|高山|藏|羌|彝|回|苗|壮|侗|瑶|白|傣|黎|佤|畲|水|土|满|京|怒|各';
const ETHNIC_TAIL = new RegExp(`(?:(?:${PEOPLES})族?)+自治[州县旗]$`);
const GENERIC = /(特别行政区|群岛的岛礁及其海域|行政委员会|群岛|地区|新区|市|县|区|盟|旗)$/;

/** Pinyin without tones, syllables joined, with an apostrophe before a/o/e inside a word (Xi'an). */
function romanize(chinese: string): string {
  const syllables = pinyin(chinese, { toneType: 'none', type: 'array' });
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * English name of a unit: the conventional name for provinces; otherwise toneless pinyin of the proper
 * name without its administrative generic (汉中市 → Hanzhong, 碑林区 → Beilin, 阿坝藏族羌族自治州 → Aba).
 * When dropping the generic would leave one syllable, the generic stays, written as one word, as on
 * Chinese maps (洋县 → Yangxian, 城区 → Chengqu).
 */
export function englishName(code: string, name: string): string {
  const conventional = PROVINCE_EN[code];
  if (conventional && code.endsWith('0000')) return conventional;
  if (READINGS[name]) return READINGS[name]!;
  let proper = name.replace(ETHNIC_TAIL, '');
  // 鄂伦春自治旗: the people is the name.
  if (!proper) proper = name.replace(/族?自治[州县旗]$/, '');
  proper = proper.replace(GENERIC, '');
  if (READINGS[proper]) return READINGS[proper]!;
  if ([...proper].length < 2) proper = name.replace(ETHNIC_TAIL, '') || name;
  return romanize(proper);
}
