/**
 * The ingest entry: a file's bytes to the document's text. Meant to be loaded with `await import()` when someone
 * adds a document (the extraction worker does), so pdf.js, the ZIP reader and the Word reader never weigh on the
 * app's first map.
 */
import { detectFormat, MAX_FILE_BYTES, type DocumentFile, type DocumentFormat } from './detect-format.ts';
import { readDocx } from './read-docx.ts';
import { readHtml } from './read-html.ts';
import type { PdfEnvironment } from './read-pdf.ts';
import { readPlainText } from './read-text.ts';

export { IngestError, type IngestErrorCode } from './ingest-error.ts';
export { MAX_FILE_BYTES, type DocumentFile, type DocumentFormat } from './detect-format.ts';
export type { PdfEnvironment } from './read-pdf.ts';

/** What a file holds, as text the extractor reads and the source view shows (spans count in it). */
export interface ReadResult {
  text: string;
  format: DocumentFormat;
  /** The character encoding of a .txt or .html file (GBK is decoded as GB18030). */
  encoding?: string;
  /** Pages of a PDF. */
  pages?: number;
  /** Things the reader noticed but read past, in English for logs (pages without text, a lying charset). */
  warnings: string[];
}

export interface ReadOptions {
  maxBytes?: number;
  /** How to load pdf.js; by default the app's own browser copy. Node callers pass the legacy build. */
  pdfEnvironment?: () => Promise<PdfEnvironment>;
  /** 0–1 through the reading (PDFs report per page; other formats jump to 1). */
  onProgress?: (fraction: number) => void;
}

/**
 * Reads a .txt (UTF-8, UTF-16, GBK/GB18030), .html/.htm, .docx or .pdf (with a text layer) into its text. Throws
 * an IngestError, with a reason in Chinese and English, for a file too large, empty, not a document, a ZIP bomb,
 * a corrupt or encrypted file, or a PDF without a text layer. The text is data: nothing in it is interpreted.
 */
export async function readDocument(file: DocumentFile, options: ReadOptions = {}): Promise<ReadResult> {
  const format = detectFormat(file, options.maxBytes ?? MAX_FILE_BYTES);
  let result: ReadResult;
  switch (format) {
    case 'txt':
      result = { format, ...readPlainText(file.bytes), warnings: [] };
      break;
    case 'html':
      result = { format, ...readHtml(file.bytes) };
      break;
    case 'docx':
      result = { format, ...readDocx(file.bytes) };
      break;
    case 'pdf': {
      const load = options.pdfEnvironment ?? (async () => (await import('./pdf-browser.ts')).browserPdfEnvironment());
      const { readPdf } = await import('./read-pdf.ts');
      result = { format, ...(await readPdf(file.bytes, await load(), options.onProgress)) };
      break;
    }
  }
  options.onProgress?.(1);
  return result;
}
