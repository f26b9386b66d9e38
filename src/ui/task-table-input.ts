import { taskPlaceKeys } from '../joins/task-index.ts';
import type { AppStore } from '../state/store.ts';
import { levelShowing } from '../view/navigate.ts';
import type { TableBody } from './task-table-body.ts';

export interface TableInputParts {
  store: AppStore;
  scroller: HTMLElement;
  tbody: HTMLTableSectionElement;
  body: TableBody;
}

/**
 * Clicks and keys on the table's rows: a click picks the task (its "show on map" button also shows it); ↑ ↓
 * PageUp PageDown Home End move the tab stop, Enter or Space picks, Escape drops the pick. Returns the listeners'
 * removal.
 */
export function listenTableInput({ store, scroller, tbody, body }: TableInputParts): () => void {
  const pick = (k: number) => store.getState().pickTask(body.context()!.table.tasks[k]!.id);
  const rowOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLTableRowElement>('tr.task-row') : null);

  const onClick = (e: MouseEvent) => {
    const tr = rowOf(e.target);
    if (!tr) return;
    const k = Number(tr.dataset.k);
    body.cursorTo(tr, k);
    if ((e.target as Element).closest('button.row-map')) showOnMap(store, k);
    else pick(k);
  };

  const onKey = (e: KeyboardEvent) => {
    const tr = rowOf(e.target);
    if (!tr && e.target !== scroller) return;
    const pos = body.positionOf(tr ? Number(tr.dataset.k) : body.cursorTask());
    const page = body.page();
    const moves: Record<string, number> = { ArrowDown: pos + 1, ArrowUp: pos - 1, PageDown: pos + page, PageUp: pos - page, Home: 0, End: body.order().length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      body.moveCursor(moves[e.key]!);
    } else if ((e.key === 'Enter' || e.key === ' ') && tr && e.target === tr) {
      e.preventDefault();
      pick(Number(tr.dataset.k));
    } else if (e.key === 'Escape' && store.getState().activeTask !== null) {
      e.preventDefault();
      store.getState().pickTask(null);
    }
  };

  tbody.addEventListener('click', onClick);
  scroller.addEventListener('keydown', onKey);
  return () => {
    tbody.removeEventListener('click', onClick);
    scroller.removeEventListener('keydown', onKey);
  };
}

/** Picks the task and shows its first place: the map level that draws it, selected. */
function showOnMap(store: AppStore, k: number): void {
  const s = store.getState();
  if (!s.data) return;
  const key = taskPlaceKeys(s.data.table, k)[0]!;
  const { level, focus } = levelShowing(key, s.data);
  s.pickTask(s.data.table.tasks[k]!.id);
  s.setLevel(level, focus);
  s.select(key);
}
