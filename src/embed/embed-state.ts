import { filterTasks } from '../joins/filter-tasks.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import type { ViewState } from '../view/schema.ts';

/** What the embedding API reports: the shareable view, whether the data is loaded, and the tasks the filters keep. */
export interface EmbedState extends ViewState {
  /** The data is loaded: region names are checked, and `taskCount` is known. */
  ready: boolean;
  /** Tasks kept by `filters`; null until the data is loaded. */
  taskCount: number | null;
}

/**
 * A copy of `view` as plain data with the two session facts. A copy, so a caller that edits what it was given
 * cannot reach into the store; and plain data, so it survives `postMessage`'s structured clone.
 */
export function embedState(view: ViewState, data: AtlasData | null): EmbedState {
  return {
    ...structuredClone(view),
    ready: data !== null,
    taskCount: data ? filterTasks(data.table, view.filters).count : null,
  };
}
