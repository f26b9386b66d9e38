import { checkBoolean, checkFinite, checkStrings, nullable, round, split, type Codec } from './codecs.ts';
import { FieldError } from './field-error.ts';
import { ownValues } from './own-values.ts';

/** The codecs of the view's structured fields: the camera, layer toggles, the year range, a pair, a basemap URL. */

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

/** `lng,lat,zoom`, on the earth and within the map's zooms. */
export const camera: Codec<Camera | null> = {
  parse(raw) {
    const parts = (raw ?? '').split(',').map(Number);
    if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
    const [lng, lat, zoom] = parts as [number, number, number];
    if (lng < -180 || lng > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 20) return undefined;
    return { lng, lat, zoom };
  },
  print: (v) => (v ? `${round(v.lng, 4)},${round(v.lat, 4)},${round(v.zoom, 2)}` : null),
  check: nullable((x, what) => {
    const v = ownValues(x, ['lng', 'lat', 'zoom'], what);
    return { lng: checkFinite(v.get('lng'), `${what}.lng`), lat: checkFinite(v.get('lat'), `${what}.lat`), zoom: checkFinite(v.get('zoom'), `${what}.zoom`) };
  }),
};

/**
 * A set of on/off switches as the list of those on: `layers=` (empty) is all off; a name we do not know makes the
 * whole parameter malformed (the default applies, not "all off"). Patches merge key by key.
 */
export function toggles<K extends string>(names: readonly K[], fallback: Readonly<Record<K, boolean>>): Codec<Record<K, boolean>> & {
  merge(current: Record<K, boolean>, patch: unknown, what: string): Record<K, boolean>;
} {
  const same = (v: Record<K, boolean>) => names.every((k) => v[k] === fallback[k]);
  return {
    parse(raw) {
      if (raw === null) return undefined;
      const on = split(raw);
      if (!on.every((k) => (names as readonly string[]).includes(k))) return undefined;
      return Object.fromEntries(names.map((k) => [k, on.includes(k)])) as Record<K, boolean>;
    },
    print: (v) => (same(v) ? null : names.filter((k) => v[k]).join(',')),
    check: (x, what) => ({ ...fallback, ...booleans(x, names, what) }),
    merge: (current, patch, what) => ({ ...current, ...booleans(patch, names, what) }),
  };
}

function booleans<K extends string>(x: unknown, names: readonly K[], what: string): Partial<Record<K, boolean>> {
  const out: Partial<Record<K, boolean>> = {};
  for (const [k, v] of ownValues(x, names, what)) out[k as K] = checkBoolean(v, `${what}.${k}`);
  return out;
}

export type YearRange = [number | null, number | null];

/** `from-to`, either end open, within 1990–2100, not reversed. */
export const years: Codec<YearRange> = {
  parse(raw) {
    const m = /^(\d{4})?-(\d{4})?$/.exec(raw ?? '');
    if (!m) return undefined;
    const from = m[1] ? Number(m[1]) : null;
    const to = m[2] ? Number(m[2]) : null;
    const ok = (y: number | null) => y === null || (y >= 1990 && y <= 2100);
    if (!ok(from) || !ok(to) || (from !== null && to !== null && from > to)) return undefined;
    return [from, to];
  },
  print: ([from, to]) => (from === null && to === null ? null : `${from ?? ''}-${to ?? ''}`),
  check(x, what) {
    if (!Array.isArray(x) || x.length !== 2) throw new FieldError(`${what} must be [from, to]`);
    const end = nullable(checkFinite);
    return [end(x[0], what), end(x[1], what)];
  },
};

/** Two different keys matching `re`. */
export function pair(re: RegExp): Codec<[string, string] | null> {
  return {
    parse(raw) {
      const keys = split(raw).filter((k) => k.length <= 80 && re.test(k));
      return keys.length === 2 && keys[0] !== keys[1] ? [keys[0]!, keys[1]!] : undefined;
    },
    print: (v) => (v ? v.join(',') : null),
    check: nullable((x, what) => {
      const xs = checkStrings(x, what);
      if (xs.length !== 2) throw new FieldError(`${what} must name two regions`);
      return [xs[0]!, xs[1]!];
    }),
  };
}

/** Only an http(s) URL is taken; anything else (javascript:, data:) is dropped. */
export const httpUrl: Codec<string | null> = {
  parse(raw) {
    if (!raw || raw.length > 500) return undefined;
    try {
      const u = new URL(raw);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
    } catch {
      return undefined;
    }
  },
  print: (v) => v,
  check: nullable((x, what) => {
    if (typeof x !== 'string') throw new FieldError(`${what} must be a string`);
    return x;
  }),
};
