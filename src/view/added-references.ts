import { ADDED_ID } from '../domain/document-id.ts';
import type { ViewState } from './schema.ts';

/**
 * The documents added in a browser that a view names: in its documents filter, or as the document of its cascade
 * task. A link to such a view opened in another browser lacks them; the page says so (they cannot be guessed).
 */
export function addedReferences(view: ViewState): string[] {
  const ids = new Set(view.filters.documents.filter((id) => ADDED_ID.test(id)));
  const cascadeDoc = view.cascade?.split('/')[0];
  if (cascadeDoc && ADDED_ID.test(cascadeDoc)) ids.add(cascadeDoc);
  return [...ids];
}
