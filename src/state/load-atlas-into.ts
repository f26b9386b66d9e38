import { loadDocuments, loadRegions, type LoadProblem } from '../io/load-atlas.ts';
import type { AppStore } from './store.ts';

/** A tasks file larger than this is loaded after the first map, which must not wait for a corpus of any size. */
export const EAGER_TASK_BYTES = 1_000_000;

/**
 * Loads the shipped atlas into the store in two steps: the regions and the summary of the tasks (the first map
 * draws from them), then every task (joined with the documents added in this browser, see slices/documents.ts). A large tasks file waits for the first map (`firstMap`, which may also fail: the tasks
 * are loaded then anyway). Files that fail are reported as problems; only the division list failing is an error.
 */
export async function loadAtlasInto(store: AppStore, firstMap: Promise<unknown>): Promise<void> {
  // Whether or not it is waited for: a map that could not be drawn is already a problem in the page.
  const mapSettled = firstMap.catch(() => {});
  const report = (p: LoadProblem) => store.getState().reportProblem({ key: `${p.kind}:${p.file}`, ...p });
  const { regions, summary } = await loadRegions(report);
  store.getState().setRegions(regions, summary);
  if (summary && summary.taskBytes > EAGER_TASK_BYTES) await mapSettled;
  store.getState().setShipped(await loadDocuments(report));
}
