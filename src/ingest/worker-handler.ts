import type { ExtractedDocument } from '../domain/task.ts';
import { ExtractError } from '../extract/extract-error.ts';
import type { Gazetteer } from '../extract/gazetteer.ts';
import { documentIdFor } from '../domain/document-id.ts';
import { extractText } from './extract-text.ts';
import { IngestError } from './ingest-error.ts';
import { readDocument, type PdfEnvironment, type ReadResult } from './read-document.ts';
import type { DocumentMeta, ReadAndExtractResult, WorkerFailure, WorkerRequest, WorkerResponse } from './worker-protocol.ts';

export interface WorkerDeps {
  loadGazetteer: () => Promise<Gazetteer>;
  post: (message: WorkerResponse) => void;
  /** Node passes pdf.js's legacy build; the browser worker uses the app's own copy. */
  pdfEnvironment?: () => Promise<PdfEnvironment>;
  now?: () => number;
}

/** Reading takes this share of a job's progress bar, extraction the rest. */
const READ_SHARE = 0.8;

/**
 * The extraction worker's logic, apart from the worker global so Node tests run it as it is: requests are
 * handled one after another; the gazetteer is built once, on the first request, while the first file is read.
 */
export function createWorkerHandler(deps: WorkerDeps): (request: WorkerRequest) => Promise<void> {
  const now = deps.now ?? (() => performance.now());
  let gazetteer: Promise<Gazetteer> | null = null;
  const getGazetteer = () => {
    if (!gazetteer) {
      gazetteer = deps.loadGazetteer();
      // A failed load is not kept: the next request tries again.
      gazetteer.catch(() => (gazetteer = null));
    }
    return gazetteer;
  };
  let queue: Promise<void> = Promise.resolve();

  const run = async (request: WorkerRequest): Promise<void> => {
    const { job } = request;
    const progress = (stage: 'gazetteer' | 'read' | 'extract', fraction: number) => deps.post({ type: 'progress', job, stage, fraction });
    try {
      if (request.type === 'warm') {
        await getGazetteer();
        deps.post({ type: 'done', job, result: null });
        return;
      }
      const lexicon = getGazetteer();
      if (request.type === 'extract') {
        const g = await lexicon;
        progress('extract', 0);
        deps.post({ type: 'done', job, result: extractWith(request.text, request.meta, g, null) });
        return;
      }
      const t0 = now();
      progress('read', 0);
      const read = await readDocument(
        { name: request.file.name, type: request.file.type, bytes: new Uint8Array(request.file.bytes) },
        { pdfEnvironment: deps.pdfEnvironment, onProgress: (f) => progress('read', f * READ_SHARE) },
      );
      const t1 = now();
      progress('gazetteer', READ_SHARE);
      const g = await lexicon;
      const t2 = now();
      progress('extract', READ_SHARE + 0.05);
      const detected = extractWith(read.text, {}, g, read);
      const extracted = request.meta && Object.keys(request.meta).length ? extractWith(read.text, request.meta, g, read) : detected;
      const { title, issuer, date, year, docNumber, level, region } = detected.document;
      const result: ReadAndExtractResult = {
        id: detected.document.id!,
        read,
        detected: { title, issuer, date, year, docNumber, level, region },
        extracted,
        timings: { readMs: t1 - t0, gazetteerWaitMs: t2 - t1, extractMs: now() - t2 },
      };
      progress('extract', 1);
      deps.post({ type: 'done', job, result });
    } catch (err) {
      deps.post({ type: 'error', job, error: failure(err) });
    }
  };

  return (request) => (queue = queue.then(() => run(request)));
}

function extractWith(text: string, meta: DocumentMeta, gazetteer: Gazetteer, read: ReadResult | null): ExtractedDocument {
  return extractText(text, { gazetteer, id: documentIdFor(text), meta, read: read ?? undefined });
}

const EXTRACT_MESSAGES: Record<string, [string, string]> = {
  'no-tasks': ['文档里没有找到编号的任务（如 一、 （一） 1． 这样的编号）。', 'No numbered tasks were found in the document (numbering such as 一、 （一） 1．).'],
  empty: ['文档里没有文字。', 'The document holds no text.'],
};

/** Errors as plain data that survives postMessage, with words for the page. */
export function failure(err: unknown): WorkerFailure {
  if (err instanceof IngestError) return { kind: 'ingest', code: err.code, zh: err.zh, en: err.en };
  if (err instanceof ExtractError) {
    const [zh, en] = EXTRACT_MESSAGES[err.code] ?? ['无法读取这份文档。', `The document could not be read: ${err.message}`];
    return { kind: 'extract', code: err.code, zh, en };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'internal', code: 'internal', zh: `处理文档时出错：${message}`, en: `Something went wrong while reading the document: ${message}` };
}
