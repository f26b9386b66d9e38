import { provinceOf } from '../domain/admin-code.ts';
import type { CompositeCollection } from '../domain/boundary.ts';
import {
  NATIONAL_FILES,
  compositesFile,
  countyFile,
  loadComposites,
  loadNational,
  loadProvince,
  type NationalBoundaries,
  type ProvinceBoundaries,
} from '../io/boundaries.ts';
import type { AppStore } from '../state/store.ts';

export interface BoundaryLoaders {
  national: () => Promise<NationalBoundaries>;
  province: (code: string) => Promise<ProvinceBoundaries>;
  composites: (detail: 'national' | 'full') => Promise<CompositeCollection>;
}

const SHIPPED: BoundaryLoaders = { national: loadNational, province: loadProvince, composites: loadComposites };

/**
 * Loads the boundary files a view needs into the store: the national files and the coarse composites at once, a
 * province's county file and the detailed composites once a province or prefecture is shown. A file that fails is
 * reported as a problem and the rest goes on: without its county file a province is drawn by its prefectures
 * (selectDrawnLevel), without composites there are no outlines. The national files are the one thing the map
 * cannot draw without; `national` rejects then.
 */
export function createBoundaryCache(store: AppStore, load: BoundaryLoaders = SHIPPED): { national: Promise<NationalBoundaries>; destroy(): void } {
  const fail = (kind: 'boundaries' | 'counties' | 'composites', file: string) => (err: unknown) =>
    store.getState().reportProblem({ key: `${kind}:${file}`, kind, file, detail: (err as Error).message ?? String(err) });

  const national = load.national();
  national.then(
    (n) => store.getState().addBoundaries({ national: n }),
    // Name the file that failed when the error does (fetchJson's always do).
    (err: unknown) => fail('boundaries', NATIONAL_FILES.find((f) => String((err as Error)?.message).includes(f)) ?? NATIONAL_FILES.join(', '))(err),
  );

  const requested = new Set<string>();
  const composites = (detail: 'national' | 'full') => {
    if (requested.has(detail)) return;
    requested.add(detail);
    load.composites(detail).then((c) => store.getState().addBoundaries({ composites: { [detail]: c } }), fail('composites', compositesFile(detail)));
  };
  const province = (code: string) => {
    if (requested.has(code)) return;
    requested.add(code);
    load.province(code).then(
      (p) => store.getState().addBoundaries({ province: [code, p] }),
      (err: unknown) => {
        fail('counties', countyFile(code))(err);
        store.getState().addBoundaries({ province: [code, null] });
      },
    );
  };

  composites('national');
  const follow = (focus: string | null) => {
    if (!focus) return;
    composites('full');
    province(provinceOf(focus));
  };
  follow(store.getState().focus);
  const unsubscribe = store.subscribe((s) => s.focus, follow);
  return { national, destroy: unsubscribe };
}
