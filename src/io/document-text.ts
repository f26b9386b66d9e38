import { ADDED_ID } from '../domain/document-id.ts';
import { addedText } from './added-store.ts';
import { sourceText } from './source-texts.ts';

/**
 * Where a document's original text is found: a shipped document by its file under data/sources, a document added
 * in this browser by its id (its text is in the document store). Null: no text to show.
 */
export function sourceKeyOf(doc: { id: string | null; file: string | null }): string | null {
  if (doc.file) return doc.file;
  return doc.id && ADDED_ID.test(doc.id) ? doc.id : null;
}

/** The text a source key names, exactly as the document's spans count it. */
export async function documentText(key: string): Promise<string> {
  if (!ADDED_ID.test(key)) return sourceText(key);
  const text = await addedText(key);
  if (text === null) throw new Error('this browser no longer holds the document');
  return text;
}
