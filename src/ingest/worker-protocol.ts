import type { DocumentLevel, RegionRef } from '../domain/document.ts';
import type { ExtractedDocument } from '../domain/task.ts';
import type { InferredMetadata } from '../extract/metadata.ts';
import type { ReadResult } from './read-document.ts';

/**
 * What the page knows or has edited about a document. A field given (null included: "not known") wins over what
 * the text's front matter says; a field left out is detected.
 */
export interface DocumentMeta {
  title?: string;
  issuer?: string | null;
  date?: string | null;
  year?: number | null;
  docNumber?: string | null;
  level?: DocumentLevel | null;
  region?: RegionRef | null;
}

/** Page → worker. `job` pairs answers with requests. */
export type WorkerRequest =
  /** Start loading the gazetteer now (the add-document dialog opened), so the first file waits less. */
  | { type: 'warm'; job: number }
  /** Read a file and extract it; the bytes' buffer is transferred. */
  | { type: 'read'; job: number; file: { name: string; type: string; bytes: ArrayBuffer }; meta?: DocumentMeta }
  /** Extract text already read again, with edited metadata (region and year change how places and deadlines read). */
  | { type: 'extract'; job: number; text: string; meta: DocumentMeta };

export type ExtractionStage = 'gazetteer' | 'read' | 'extract';

/** A document read and extracted: everything the review step shows and the store keeps. */
export interface ReadAndExtractResult {
  /** "added-…", from the text (src/domain/document-id.ts). */
  id: string;
  read: ReadResult;
  /** What the text says about itself, before any edit. */
  detected: InferredMetadata;
  /** With `meta` applied where given; document.id is `id`, task ids `${id}/${seq}`. */
  extracted: ExtractedDocument;
  timings: { readMs: number; gazetteerWaitMs: number; extractMs: number };
}

/** Why a job failed, fit to show: `zh`/`en` are one sentence each. */
export interface WorkerFailure {
  /** ingest: the file was refused; extract: read, but no tasks in it; internal: a bug or a failed load. */
  kind: 'ingest' | 'extract' | 'internal';
  code: string;
  zh: string;
  en: string;
}

/** Worker → page. */
export type WorkerResponse =
  /** `fraction` is of the whole job, 0–1, rising. */
  | { type: 'progress'; job: number; stage: ExtractionStage; fraction: number }
  | { type: 'done'; job: number; result: ReadAndExtractResult | ExtractedDocument | null }
  | { type: 'error'; job: number; error: WorkerFailure };
