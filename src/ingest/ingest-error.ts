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

/**
 * A file the ingest step refuses, with the reason in plain Chinese and English (`zh`, `en`) for the page to show;
 * `message` holds both, for logs and the command line.
 */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly zh: string;
  readonly en: string;
  constructor(code: IngestErrorCode, zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = 'IngestError';
    this.code = code;
    this.zh = zh;
    this.en = en;
  }
}

/** "12.3 MB", for messages about sizes. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
