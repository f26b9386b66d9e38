import { BilingualError } from '../lib/bilingual-error.ts';

/** Why a file could not be read as a document. */
export type IngestErrorCode =
  | 'too-large'
  | 'empty'
  | 'not-a-document'
  | 'unsupported'
  | 'encoding'
  | 'zip-bomb'
  | 'docx-corrupt'
  | 'docx-encrypted'
  | 'pdf-corrupt'
  | 'pdf-encrypted'
  | 'pdf-no-text';

/** A file the ingest step refuses, with the reason for the page to show. */
export class IngestError extends BilingualError<IngestErrorCode> {
  override name = 'IngestError';
}

/** "12.3 MB", for messages about sizes. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
