/** Why a document could not be read. The message is one line, fit for a command line or a toast. */
export type ExtractErrorCode = 'empty' | 'binary' | 'encoding' | 'no-tasks';

export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  constructor(code: ExtractErrorCode, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
  }
}
