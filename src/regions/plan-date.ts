// ISO 8601 calendar dates, full or reduced precision: 2022-03-25, 2019-12, 2021. Plans are sometimes known only to the
// month ("2019年12月") or the year, and the registry records no more precision than its source gives.
const PLAN_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for an ISO date of full or reduced precision (`2022-03-25`, `2019-12`, `2021`). */
export function isPlanDate(value: unknown): value is string {
  return typeof value === 'string' && PLAN_DATE.test(value);
}

/**
 * The last day a possibly partial date can mean, as a sortable string: `2022` → `2022-12-31`, `2019-12` → `2019-12-31`.
 * A document dated only by its year is read at the year's end, because the plans it cites were issued by then.
 * (Day 31 of a short month still sorts correctly against real dates.)
 */
export function latestDayOf(date: string): string {
  if (!isPlanDate(date)) throw new Error(`invalid date: ${JSON.stringify(date)} (want YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/**
 * Whether a version starting at `validFrom` has started by `day` (a full date). A partial `validFrom` means the first
 * day of its period, which plain string order gives for free: '2019-12' < '2019-12-01'.
 */
export function hasStarted(validFrom: string, day: string): boolean {
  return validFrom <= day;
}
