import { filterTasks } from '../joins/filter-tasks.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import type { ViewState } from '../view/schema.ts';

/** What the embedding API reports: the shareable view, whether the data is loaded, and the tasks the filters keep. */
export interface EmbedState extends ViewState {
  /** The data is loaded: region names are checked, and `taskCount` is known. */
  ready: boolean;
  /** Tasks kept by `filters`; null until the data is loaded, and under a link filter until the links are. */
  taskCount: number | null;
}

/**
 * A copy of `view` as plain data with the two session facts (`links`: selectLinkFlags, for a link filter). A copy, so a caller that edits what it was given
 * cannot reach into the store; and plain data, so it survives `postMessage`'s structured clone.
 */
export function embedState(view: ViewState, data: AtlasData | null, links: Uint8Array | null = null): EmbedState {
  const countable = data !== null && (links !== null || view.filters.links.length === 0);
  return {
    ...structuredClone(view),
    ready: data !== null,
    taskCount: countable ? filterTasks(data.table, view.filters, links).count : null,
  };
}
