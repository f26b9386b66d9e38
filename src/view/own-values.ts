import { FieldError } from './field-error.ts';

/**
 * The own data properties of a plain object, read once each (no getter is run), refusing any key outside
 * `allowed`. `__proto__`, `constructor` and symbols are unknown keys like any other, so nothing from a caller is
 * ever assigned by a name it chose.
 */
export function ownValues(x: unknown, allowed: readonly string[], what: string): Map<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new FieldError(`${what} must be an object`);
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) throw new FieldError(`${what} must be a plain object`);
  const out = new Map<string, unknown>();
  for (const k of Reflect.ownKeys(x)) {
    if (typeof k !== 'string' || !allowed.includes(k)) throw new FieldError(`unknown key in ${what}`);
    const d = Object.getOwnPropertyDescriptor(x, k);
    if (!d || !('value' in d)) throw new FieldError(`${what}.${k} must be a value`);
    out.set(k, d.value);
  }
  return out;
}
