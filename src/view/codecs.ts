import { FieldError } from './field-error.ts';

/**
 * How one view field travels: from and to its URL parameter, and from a value a caller hands over. The URL is the
 * strict form: a value is valid exactly when it survives printing and parsing back (see view-patch.ts).
 */
export interface Codec<T> {
  /** The value of a parameter (null when absent); undefined when it is malformed, so the default applies. */
  parse(raw: string | null): T | undefined;
  /** The parameter for a value; null leaves it out of the URL (the value is the default). */
  print(value: T): string | null;
  /** A value handed over in code, checked for its type only (ranges are the URL's job); throws FieldError. */
  check(x: unknown, what: string): T;
}

/** Bounds checked before any other work: nothing a URL could hold is longer, so a huge payload is refused cheaply. */
const MAX_STRING = 500;
const MAX_LIST = 64;

export function checkString(x: unknown, what: string): string {
  if (typeof x !== 'string') throw new FieldError(`${what} must be a string`);
  if (x.length > MAX_STRING) throw new FieldError(`${what} is too long`);
  return x;
}

export function checkBoolean(x: unknown, what: string): boolean {
  if (typeof x !== 'boolean') throw new FieldError(`${what} must be true or false`);
  return x;
}

export function checkFinite(x: unknown, what: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new FieldError(`${what} must be a number`);
  return x;
}

export function checkStrings(x: unknown, what: string): string[] {
  if (!Array.isArray(x)) throw new FieldError(`${what} must be a list`);
  if (x.length > MAX_LIST) throw new FieldError(`${what} is too long`);
  return Array.from({ length: x.length }, (_, i) => checkString(x[i], what));
}

export function nullable<T>(check: (x: unknown, what: string) => T): (x: unknown, what: string) => T | null {
  return (x, what) => (x === null ? null : check(x, what));
}

/** One of a fixed set of words; the default is left out of the URL. */
export function keyword<T extends string>(allowed: readonly T[], fallback: T): Codec<T> {
  return {
    parse: (raw) => (allowed.includes(raw as T) ? (raw as T) : undefined),
    print: (v) => (v === fallback ? null : v),
    check: (x, what) => checkString(x, what) as T,
  };
}

/** `1` for on; off is left out. */
export const flag: Codec<boolean> = {
  parse: (raw) => (raw === null ? undefined : raw === '1'),
  print: (v) => (v ? '1' : null),
  check: checkBoolean,
};

/** A string matching `re` (and at most `max` long), or null. */
export function matching(re: RegExp, max = 80): Codec<string | null> {
  return {
    parse: (raw) => (raw && raw.length <= max && re.test(raw) ? raw : undefined),
    print: (v) => v || null,
    check: nullable(checkString),
  };
}

/** Free text, cut to `max` characters; kept as text, never as markup. */
export function text(max: number): Codec<string> {
  return {
    parse: (raw) => (raw ?? '').slice(0, max),
    print: (v) => v.trim() || null,
    check: checkString,
  };
}

/**
 * A comma-separated set: each item kept by `keep`, each once, printed in `order` (so equal sets print the same).
 * Empty is left out.
 */
export function list<T extends string>(keep: (item: string) => boolean, order: (a: T, b: T) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0)): Codec<T[]> {
  return {
    parse: (raw) => [...new Set(split(raw).filter(keep) as T[])],
    print: (v) => (v.length ? [...v].sort(order).join(',') : null),
    check: (x, what) => checkStrings(x, what) as T[],
  };
}

/** The order of a fixed list of words, for `list`. */
export function orderOf<T>(words: readonly T[]): (a: T, b: T) => number {
  return (a, b) => words.indexOf(a) - words.indexOf(b);
}

/** Items of a comma-separated parameter, trimmed, empty ones dropped. */
export function split(raw: string | null): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Numbers rounded for the URL: a camera needs no more than 10 m or a hundredth of a zoom step. */
export function round(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}
