/**
 * Deadline strings as the extraction writes them: "2025", "2023-06", "2023-Q3", "2023-H1". Each names a
 * period; the deadline is the period's end (到2025年 means by the end of 2025). Dates are local calendar days:
 * the app and its tests run in China Standard Time (vite.config.ts pins TZ for the tests).
 */
export type DeadlinePrecision = 'year' | 'half' | 'quarter' | 'month';

export interface DeadlinePeriod {
  /** First day of the period, 00:00 local time. */
  start: Date;
  /** First day after the period (exclusive end). */
  end: Date;
  precision: DeadlinePrecision;
  year: number;
}

const PATTERN = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/;

/** The period a deadline string names, or null for anything else. */
export function parseDeadline(s: string): DeadlinePeriod | null {
  const m = PATTERN.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const period = (fromMonth: number, months: number, precision: DeadlinePrecision): DeadlinePeriod => ({
    start: new Date(year, fromMonth, 1),
    end: new Date(year, fromMonth + months, 1),
    precision,
    year,
  });
  if (m[2]) return period(Number(m[2]) - 1, 1, 'month');
  if (m[3]) return period((Number(m[3]) - 1) * 3, 3, 'quarter');
  if (m[4]) return period((Number(m[4]) - 1) * 6, 6, 'half');
  return period(0, 12, 'year');
}

/** The last day of the period: where a deadline sits on a time axis. */
export function dueDate(p: DeadlinePeriod): Date {
  return new Date(p.end.getFullYear(), p.end.getMonth(), p.end.getDate() - 1);
}

const ZH_QUARTERS = ['一', '二', '三', '四'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A deadline for reading: 2023年 / 2023年6月 / 2023年三季度 / 2023年上半年, or 2023 / Jun 2023 / Q3 2023 / H1 2023.
 * An unreadable string is shown as it is.
 */
export function formatDeadline(s: string, lang: 'zh' | 'en'): string {
  const p = parseDeadline(s);
  if (!p) return s;
  const month = p.start.getMonth();
  switch (p.precision) {
    case 'year':
      return lang === 'zh' ? `${p.year}年` : `${p.year}`;
    case 'month':
      return lang === 'zh' ? `${p.year}年${month + 1}月` : `${EN_MONTHS[month]} ${p.year}`;
    case 'quarter':
      return lang === 'zh' ? `${p.year}年${ZH_QUARTERS[month / 3]}季度` : `Q${month / 3 + 1} ${p.year}`;
    case 'half':
      return lang === 'zh' ? `${p.year}年${month === 0 ? '上' : '下'}半年` : `H${month === 0 ? 1 : 2} ${p.year}`;
  }
}
