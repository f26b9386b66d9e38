/**
 * Calls `fn` at once, then at most once per `ms` while calls keep coming, with one trailing call so the last
 * change is never lost. The same shape as MapLibre's `util/throttle.ts`, which its `ui/hash.ts` uses for URL
 * writes. `fn` takes no arguments: it should read the latest state itself when it runs.
 */
export function throttle(fn: () => void, ms: number): { (): void; cancel(): void; flush(): void } {
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const later = () => {
    timer = null;
    if (!pending) return;
    pending = false;
    fn();
    timer = setTimeout(later, ms);
  };
  const call = () => {
    pending = true;
    if (timer === null) later();
  };
  call.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = false;
  };
  call.flush = () => {
    if (!pending) return;
    call.cancel();
    fn();
  };
  return call;
}
