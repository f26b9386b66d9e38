import type { CategoryId } from './categories.ts';
import type { DocumentLevel } from './document.ts';

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
    f.indicators.length > 0
  );
}
