import type { ExtractedDocument } from '../src/domain/task.ts';

/** A small seeded PRNG (mulberry32), so the corpus is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function cnNumber(n: number): string {
  if (n <= 10) return CN[n - 1]!;
  if (n < 20) return `十${CN[n - 11] ?? ''}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${CN[tens - 1]}十${ones ? CN[ones - 1] : ''}`;
}

const PROVINCES: Record<string, string> = {
  '11': '北京市', '12': '天津市', '13': '河北省', '14': '山西省', '15': '内蒙古自治区', '21': '辽宁省', '22': '吉林省', '23': '黑龙江省',
  '31': '上海市', '32': '江苏省', '33': '浙江省', '34': '安徽省', '35': '福建省', '36': '江西省', '37': '山东省', '41': '河南省',
  '42': '湖北省', '43': '湖南省', '44': '广东省', '45': '广西壮族自治区', '46': '海南省', '50': '重庆市', '51': '四川省', '52': '贵州省',
  '53': '云南省', '54': '西藏自治区', '61': '陕西省', '62': '甘肃省', '63': '青海省', '64': '宁夏回族自治区', '65': '新疆维吾尔自治区',
};
const provinceName = (prov: string) => PROVINCES[prov] ?? '陕西省';

export interface CorpusOptions {
  documents: number;
  seed?: number;
}

/**
 * Documents made from the shipped ones: real task sentences, shuffled and re-numbered in the three numbering
 * styles, their place names swapped for other counties of a random province, with the scraping noise the
 * seeds carry (@@ markers, CRLF, full-width digits) sprinkled in. Realistic text, in bulk, for throughput.
 */
export function generateCorpus(seeds: Array<{ doc: ExtractedDocument; text: string }>, divisions: Array<[string, string]>, opts: CorpusOptions): string[] {
  const counties = divisions.filter(([code]) => !code.endsWith('00'));
  const prefectures = divisions.filter(([code]) => code.endsWith('00') && !code.endsWith('0000'));
  const rand = rng(opts.seed ?? 20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentences = seeds.flatMap(({ doc }) => doc.tasks.map((t) => t.text.replace(/^[（(]?[一二三四五六七八九十\d]+[)）．.、]\s*/, '')));
  const sectionTitles = seeds.flatMap(({ doc }) => doc.sections.map((s) => s.title));
  const provinces = [...new Set(counties.map(([code]) => code.slice(0, 2)))];
  const out: string[] = [];
  for (let d = 0; d < opts.documents; d++) {
    const prov = pick(provinces);
    const local = counties.filter(([code]) => code.startsWith(prov));
    const style = pick(['paren-cn', 'fullwidth-cn', 'arabic'] as const);
    const noisy = rand() < 0.25;
    const year = 2020 + Math.floor(rand() * 6);
    // Issuers at every level, roughly as a collection of such plans would hold them.
    const level = rand();
    const issuer =
      level < 0.15 ? '国家发展改革委' : level < 0.55 ? `${provinceName(prov)}发展和改革委员会` : level < 0.8 ? `${(prefectures.find(([c]) => c.startsWith(prov)) ?? pick(local))[1]}人民政府` : `${pick(local)[1]}人民政府办公室`;
    const lines: string[] = [
      `${issuer}关于印发${year}年新型城镇化工作要点的通知`,
      `政办发〔${year}〕${1 + Math.floor(rand() * 90)}号`,
      '各有关单位：',
      `现将《${year}年新型城镇化工作要点》印发给你们，请认真贯彻落实。`,
      `${year}年${1 + Math.floor(rand() * 12)}月${1 + Math.floor(rand() * 28)}日`,
      `${year}年新型城镇化工作要点`,
    ];
    let n = 0;
    const sections = 3 + Math.floor(rand() * 4);
    for (let s = 1; s <= sections; s++) {
      lines.push(`${cnNumber(s)}、${pick(sectionTitles)}`);
      const tasks = 3 + Math.floor(rand() * 6);
      for (let k = 0; k < tasks; k++) {
        n++;
        const label = style === 'arabic' ? `${n}．` : style === 'fullwidth-cn' ? `（${cnNumber(n)}）` : `(${cnNumber(n)})`;
        let body = pick(sentences).replace(/[\u4e00-\u9fff]{2}(?:县|区)/g, () => pick(local)[1]);
        if (noisy) body = body.replace(/([\u4e00-\u9fff]{3})/g, (m) => (rand() < 0.2 ? `${m}@@` : m));
        lines.push(label + body);
      }
    }
    let text = lines.join('\n');
    if (noisy) text = text.replace(/\n/g, '\r\n').replace(/[0-9]/g, (c) => (rand() < 0.3 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c));
    out.push(text);
  }
  return out;
}
