/**
 * `fn`, remembering its last result for the same arguments (by identity). Selectors and layer inputs go through
 * this so that subscribers, and deck.gl's `data` props, get the very same object back while nothing changed.
 */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last!: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => Object.is(a, lastArgs![i]))) return last;
    last = fn(...args);
    lastArgs = args;
    return last;
  };
}

/** `fn`, computed once per object (held weakly, so a replaced table or registry is not kept alive). */
export function memoPer<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const cache = new WeakMap<K, R>();
  return (key: K) => {
    if (cache.has(key)) return cache.get(key)!;
    const out = fn(key);
    cache.set(key, out);
    return out;
  };
}
