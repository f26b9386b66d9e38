import type { CategoryId } from './categories.ts';
import type { DocumentLevel } from './document.ts';

/**
 * What the policy cascade's links narrow the tasks to: tasks that carry out a task of a national or provincial
 * document, and the national tasks some province takes up, or none does.
 */
export type LinkFilter = 'carries-national' | 'carries-province' | 'national-taken' | 'national-untaken';
export const LINK_FILTERS: readonly LinkFilter[] = ['carries-national', 'carries-province', 'national-taken', 'national-untaken'];

/** What an analyst narrows the tasks to. Empty lists mean "no restriction". */
export interface Filters {
  categories: CategoryId[];
  documents: string[];
  levels: DocumentLevel[];
  departments: string[];
  /** Only tasks with at least one quantitative target. */
  hasTarget: boolean;
  /** Inclusive deadline-year range of a task's targets and milestones; null ends are open. */
  years: [number | null, number | null];
  /** Words to find in a task's title or text. */
  text: string;
  /** Link conditions, any of which a task meets (see LinkFilter). */
  links: LinkFilter[];
  /** Only tasks with a target of one of these indicators (ids in data/indicators.json). */
  indicators: string[];
}

export const NO_FILTERS: Readonly<Filters> = Object.freeze<Filters>({
  categories: [],
  documents: [],
  levels: [],
  departments: [],
  hasTarget: false,
  years: [null, null],
  text: '',
  links: [],
  indicators: [],
});

export function isFiltered(f: Filters): boolean {
  return (
    f.categories.length > 0 ||
    f.documents.length > 0 ||
    f.levels.length > 0 ||
    f.departments.length > 0 ||
    f.hasTarget ||
    f.years[0] !== null ||
    f.years[1] !== null ||
    f.text.trim() !== '' ||
    f.links.length > 0 ||
    f.indicators.length > 0
  );
}
