import type { ExtractedDocument } from '../domain/task.ts';
import type { DocumentMeta, ExtractionStage, ReadAndExtractResult, WorkerFailure, WorkerRequest, WorkerResponse } from '../ingest/worker-protocol.ts';

export type { DocumentMeta, ExtractionStage, ReadAndExtractResult, WorkerFailure } from '../ingest/worker-protocol.ts';

/** The part of a Worker this client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A job's failure as the page shows it: `failure.zh`/`failure.en`; `failure.code` 'cancelled' after cancel(). */
export class ExtractionFailed extends Error {
  readonly failure: WorkerFailure;
  constructor(failure: WorkerFailure) {
    super(`${failure.zh} / ${failure.en}`);
    this.name = 'ExtractionFailed';
    this.failure = failure;
  }
}

export interface Progress {
  stage: ExtractionStage;
  /** Of the whole job, 0–1. */
  fraction: number;
}

export interface ExtractionJob<T> {
  result: Promise<T>;
  /** Stops the work at once (the worker is ended; the next job starts a new one) and rejects `result`. */
  cancel(): void;
}

const CANCELLED: WorkerFailure = { kind: 'internal', code: 'cancelled', zh: '已取消。', en: 'Cancelled.' };

function defaultWorker(): WorkerLike {
  return new Worker(new URL('../extract-worker.ts', import.meta.url), { type: 'module', name: 'extract' }) as unknown as WorkerLike;
}

interface Pending {
  resolve: (value: never) => void;
  reject: (err: ExtractionFailed) => void;
  onProgress?: (p: Progress) => void;
}

/**
 * Reading and extraction off the page's thread. One worker serves the jobs in turn and keeps its gazetteer
 * between them; cancelling a job ends that worker (extraction cannot be interrupted otherwise) and fails the
 * jobs it still held. Loading this module costs nothing: the worker's code (pdf.js included) is fetched when the
 * first job starts.
 */
export class ExtractionWorker {
  private worker: WorkerLike | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextJob = 1;

  constructor(private readonly create: () => WorkerLike = defaultWorker) {}

  /** Starts building the gazetteer before the first file arrives. */
  warm(): void {
    void this.start<null>({ type: 'warm', job: 0 }).result.catch(() => {});
  }

  /** Reads a file (.txt, .html, .docx, .pdf) and extracts its tasks; `meta` overrides what the text says. */
  read(file: { name: string; type?: string; bytes: Uint8Array }, options: { meta?: DocumentMeta; onProgress?: (p: Progress) => void } = {}): ExtractionJob<ReadAndExtractResult> {
    // A copy is transferred, so the caller keeps its bytes (to store or retry) and the page holds no second copy.
    const bytes = file.bytes.slice().buffer;
    return this.start({ type: 'read', job: 0, file: { name: file.name, type: file.type ?? '', bytes }, meta: options.meta }, options.onProgress, [bytes]);
  }

  /** Extracts text already read again, with edited metadata. */
  extract(text: string, meta: DocumentMeta, options: { onProgress?: (p: Progress) => void } = {}): ExtractionJob<ExtractedDocument> {
    return this.start({ type: 'extract', job: 0, text, meta }, options.onProgress);
  }

  /** Ends the worker and fails whatever it still held. */
  dispose(): void {
    this.stop(CANCELLED);
  }

  private start<T>(request: WorkerRequest, onProgress?: (p: Progress) => void, transfer: Transferable[] = []): ExtractionJob<T> {
    const job = this.nextJob++;
    const worker = this.ensureWorker();
    const result = new Promise<T>((resolve, reject) => {
      this.pending.set(job, { resolve: resolve as (v: never) => void, reject, onProgress });
    });
    worker.postMessage({ ...request, job }, transfer);
    return {
      result,
      cancel: () => {
        if (this.pending.has(job)) this.stop(CANCELLED);
      },
    };
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.stop({ kind: 'internal', code: 'worker-failed', zh: `文档处理程序无法启动：${event.message ?? ''}`, en: `The document reader could not start: ${event.message ?? ''}` });
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: WorkerResponse): void {
    const p = this.pending.get(message.job);
    if (!p) return;
    if (message.type === 'progress') {
      p.onProgress?.({ stage: message.stage, fraction: message.fraction });
      return;
    }
    this.pending.delete(message.job);
    if (message.type === 'done') p.resolve(message.result as never);
    else p.reject(new ExtractionFailed(message.error));
  }

  private stop(why: WorkerFailure): void {
    this.worker?.terminate();
    this.worker = null;
    const held = [...this.pending.values()];
    this.pending.clear();
    for (const p of held) p.reject(new ExtractionFailed(why));
  }
}
