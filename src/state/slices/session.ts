import type { StateCreator } from 'zustand/vanilla';
import type { CompositeCollection } from '../../domain/boundary.ts';
import type { NationalBoundaries, ProvinceBoundaries } from '../../io/boundaries.ts';
import type { AtlasData, AtlasRegions } from '../../joins/atlas-data.ts';
import type { AtlasSummary } from '../../joins/atlas-summary.ts';
import type { AppState } from '../store.ts';
import { joined } from './documents.ts';

/** The boundary files loaded so far (public/geo). */
export interface LoadedBoundaries {
  /** Provinces, prefectures, neighbours and the inset; null until loaded, or if the national files failed. */
  national: NationalBoundaries | null;
  /** County files by province code as they arrive; null for a file that failed (its province is drawn at prefecture level). */
  provinces: ReadonlyMap<string, ProvinceBoundaries | null>;
  /** Composite outlines at the national file's detail, and at the county files' (loaded with a province). */
  composites: { national: CompositeCollection | null; full: CompositeCollection | null };
}

/** Something that failed to load, shown in the page while the rest keeps working. */
export interface Problem {
  /** One problem per key (a file): reported again, it replaces the first. */
  key: string;
  kind: 'tasks' | 'registry' | 'divisions' | 'boundaries' | 'counties' | 'composites' | 'missing-documents' | 'basemap' | 'links';
  /** The file that failed, as the page names it. */
  file: string;
  /** Why, in the loader's words (HTTP 404, not valid JSON …). */
  detail: string;
}

/** What is not part of a shareable view: loading, the data itself, the pointer. */
export interface SessionSlice {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** The regions (divisions, composites, names): what the first map needs besides boundaries. */
  regions: AtlasRegions | null;
  /** Unfiltered counts per region, computed at extraction: the first map draws from them before the tasks are in. */
  summary: AtlasSummary | null;
  /** Every task, joined to the regions. */
  data: AtlasData | null;
  boundaries: LoadedBoundaries;
  problems: readonly Problem[];
  hovered: string | null;
  /** A task picked in the table or a panel: the map shows its places. Not part of the URL. */
  activeTask: string | null;
  setRegions: (regions: AtlasRegions, summary: AtlasSummary | null) => void;
  setData: (data: AtlasData) => void;
  setError: (message: string) => void;
  /** Merges newly loaded boundary files in. */
  addBoundaries: (patch: {
    national?: NationalBoundaries;
    province?: [code: string, value: ProvinceBoundaries | null];
    composites?: Partial<LoadedBoundaries['composites']>;
  }) => void;
  reportProblem: (problem: Problem) => void;
  /** The reader has seen it: it leaves the page (until reported again). */
  dismissProblem: (key: string) => void;
  hover: (key: string | null) => void;
  pickTask: (id: string | null) => void;
}

const NO_BOUNDARIES: LoadedBoundaries = { national: null, provinces: new Map(), composites: { national: null, full: null } };

export const sessionSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], SessionSlice> = (set) => ({
  status: 'loading',
  error: null,
  regions: null,
  summary: null,
  data: null,
  boundaries: NO_BOUNDARIES,
  problems: [],
  hovered: null,
  activeTask: null,
  setRegions: (regions, summary) => set((s) => ({ regions, summary, ...joined(regions, s.shipped, s.added) })),
  setData: (data) => set((s) => ({ data, regions: s.regions ?? data, status: 'ready', error: null })),
  setError: (error) => set({ status: 'error', error }),
  addBoundaries: ({ national, province, composites }) =>
    set(({ boundaries: b }) => ({
      boundaries: {
        national: national ?? b.national,
        provinces: province ? new Map([...b.provinces, province]) : b.provinces,
        composites: { ...b.composites, ...composites },
      },
    })),
  reportProblem: (problem) => set((s) => ({ problems: [...s.problems.filter((p) => p.key !== problem.key), problem] })),
  dismissProblem: (key) => set((s) => ({ problems: s.problems.filter((p) => p.key !== key) })),
  hover: (hovered) => set({ hovered }),
  pickTask: (activeTask) => set({ activeTask }),
});
