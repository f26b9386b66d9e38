import { parseChineseNumeral } from './chinese-numerals.ts';

export interface DeadlineMention {
  /** "2025", "2023-06", "2023-Q3", "2023-H1". */
  deadline: string;
  text: string;
  start: number;
  end: number;
  /** Worded as a deadline (到…, …前, …底, 季度, 期间), not merely a year that a sentence is about. */
  cue: boolean;
}

const FIVE_YEAR_PLANS: Record<string, string> = { 十三五: '2020', 十四五: '2025', 十五五: '2030' };

/** Deadline expressions in `text`, in order. `year` is the document's own year, for 6月底前, 三季度, 全年. */
export function findDeadlines(text: string, year: number | null): DeadlineMention[] {
  const out: DeadlineMention[] = [];
  const titles = text.includes('《') ? titleRanges(text) : [];
  const inTitle = (i: number) => titles.some(([s, e]) => i >= s && i < e);
  const push = (m: RegExpExecArray, deadline: string | null, cue: boolean) => {
    if (deadline && !inTitle(m.index)) out.push({ deadline, text: m[0], start: m.index, end: m.index + m[0].length, cue });
  };

  // Each pattern needs a character most task texts lack (年, 月, 季度, 半年, 五): testing for it first skips a
  // regex that would otherwise be tried at every offset.
  const ymd = /(到|至|截至|截止|在|于)?\s*(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*)?(底|末|内|年底)?\s*(前|以前)?/g;
  if (text.includes('年')) for (let m = ymd.exec(text); m; m = ymd.exec(text)) {
    const y = Number(m[2]);
    if (y < 1990 || y > 2100) continue;
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    // A baseline (较2020年), a span (2021—2035年, 2022-2024年) or a year-qualified name (2023年度…清单) is no deadline.
    if (/[较比同与]/.test(before) && !m[1]) continue;
    if (/[-—–~～至]/.test(before) || /^[-—–~～]/.test(text.slice(m.index + m[0].length).trimStart()) || after === '度') continue;
    const month = m[3] ? String(Number(m[3])).padStart(2, '0') : null;
    const deadline = month ? `${y}-${month}` : `${y}`;
    push(m, deadline, Boolean(m[1] || m[4] || m[5]));
  }

  const monthOnly = /(?<![\d年])(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(底|末|份)?\s*(前|以前|底前)?/g;
  if (text.includes('月')) for (let m = monthOnly.exec(text); m; m = monthOnly.exec(text)) {
    if (!m[2] && !m[3]) continue;
    const n = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    if (!year || !(n >= 1 && n <= 12)) continue;
    push(m, `${year}-${String(n).padStart(2, '0')}`, true);
  }

  // 2019年上半年, 2024年三季度: the year written before the part of it, else the document's.
  const yearBefore = (at: number) => Number(/(\d{4})\s*年\s*$/.exec(text.slice(Math.max(0, at - 8), at))?.[1] ?? year);
  const quarter = /(?:第)?([一二三四1-4])\s*季度(?:末|底)?(?:前)?/g;
  if (text.includes('季度')) for (let m = quarter.exec(text); m; m = quarter.exec(text)) {
    const q = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    const y = yearBefore(m.index);
    if (y) push(m, `${y}-Q${q}`, true);
  }

  const half = /(上|下)半年/g;
  if (text.includes('半年')) for (let m = half.exec(text); m; m = half.exec(text)) {
    const y = yearBefore(m.index);
    if (y) push(m, `${y}-H${m[1] === '上' ? 1 : 2}`, true);
  }

  // 年度 alone is mostly an adjective (年度评估, 年度考核); only 年度完成 / 年度内 set a deadline.
  const thisYear = /(?<!\d\s?)(?:年底前|年底|年内|全年|年度内|年度完成|今年|本年|当年|每年)/g;
  if (text.includes('年')) for (let m = thisYear.exec(text); m; m = thisYear.exec(text)) {
    if (!year) continue;
    const prev = text[m.index - 1] ?? '';
    if (/[\d年季]/.test(prev) || /[均]/.test(prev)) continue;
    push(m, String(year), true);
  }

  const plan = /[“"]?(十三五|十四五|十五五)[”"]?\s*(期间|时期|末|末期)/g;
  if (text.includes('五')) for (let m = plan.exec(text); m; m = plan.exec(text)) push(m, FIVE_YEAR_PLANS[m[1]!]!, true);

  return out.sort((a, b) => a.start - b.start);
}

/** Ranges of 《…》 titles: the years in a plan's name are not the task's deadlines. */
export function titleRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /《[^》]*》/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
