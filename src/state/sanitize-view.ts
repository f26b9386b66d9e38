import { levelOf } from '../domain/admin-code.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import type { ViewState } from './view-state.ts';

/**
 * Drops what a well-formed view names but the data does not hold: a focus that is not a unit of its level, a
 * selected or compared region with no name, documents and departments that are not in the tasks. The URL parser
 * only knows shapes (six digits, lower-case ids); this knows the data, so it runs once the data is loaded.
 *
 * Falls back quietly, as the parser does: a stale link opens the nearest valid view rather than an error. Returns
 * `view` itself when nothing had to go, so callers can tell by identity.
 */
export function sanitizeView(view: ViewState, data: AtlasData): ViewState {
  const next = { ...view };
  let changed = false;

  if (view.level !== 'country' && !(view.focus && data.tree.has(view.focus) && levelOf(view.focus) === view.level)) {
    next.level = 'country';
    next.focus = null;
    changed = true;
  }
  if (view.selected !== null && !data.names.has(view.selected)) {
    next.selected = null;
    changed = true;
  }
  if (view.compare && !view.compare.every((k) => data.names.has(k))) {
    next.compare = null;
    changed = true;
  }
  const f = view.filters;
  const documentIds = new Set(data.table.documents.map((d) => d.document.id));
  const documents = f.documents.filter((d) => documentIds.has(d));
  const departmentNames = new Set(data.table.departments);
  const departments = f.departments.filter((d) => departmentNames.has(d));
  if (documents.length !== f.documents.length || departments.length !== f.departments.length) {
    next.filters = { ...f, documents, departments };
    changed = true;
  }
  return changed ? next : view;
}
