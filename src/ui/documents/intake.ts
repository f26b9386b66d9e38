import type { DocumentMeta, ExtractionWorker, Progress, ReadAndExtractResult } from '../../io/extract-in-worker.ts';
import type { ExtractedDocument } from '../../domain/task.ts';
import type { AddedEntry } from '../../state/slices/documents.ts';

/** What the add-document dialog shows: nothing going on, a file being read, or a document to review. */
export type IntakeState =
  | { kind: 'idle' }
  | { kind: 'working'; name: string; progress: Progress | null }
  | { kind: 'review'; name: string; format: AddedEntry['format']; size: number; result: ReadAndExtractResult; meta: DocumentMeta; extracted: ExtractedDocument; extracting: boolean };

/** A failure as the page says it, in both languages. */
export interface IntakeFailure {
  zh: string;
  en: string;
}

let worker: Promise<ExtractionWorker> | null = null;
/** One extraction worker for the page, created on first use: its code (pdf.js included) loads only then. */
export function extractionWorker(): Promise<ExtractionWorker> {
  worker ??= import('../../io/extract-in-worker.ts').then((m) => new m.ExtractionWorker());
  return worker;
}

const failureOf = (err: unknown): IntakeFailure => {
  const f = (err as { failure?: IntakeFailure; zh?: string; en?: string }).failure ?? (err as IntakeFailure);
  return typeof f?.zh === 'string' ? { zh: f.zh, en: f.en } : { zh: String((err as Error)?.message ?? err), en: String((err as Error)?.message ?? err) };
};

/**
 * The steps from a file (or pasted text) to a reviewed document, off the page's thread: read and extract in the
 * worker with progress, then review, where an edited level, region or date extracts the text again. No DOM here;
 * the dialog renders `state` and calls these.
 */
export function createIntake(onState: (s: IntakeState) => void, onFailure: (f: IntakeFailure) => void) {
  let state: IntakeState = { kind: 'idle' };
  let cancel: (() => void) | null = null;
  let edits = 0;
  const set = (s: IntakeState) => onState((state = s));

  async function read(name: string, type: string, bytes: Uint8Array, format: AddedEntry['format']): Promise<void> {
    set({ kind: 'working', name, progress: null });
    try {
      const w = await extractionWorker();
      const job = w.read({ name, type, bytes }, { onProgress: (progress) => state.kind === 'working' && set({ ...state, progress }) });
      cancel = job.cancel;
      const result = await job.result;
      const meta = { ...result.detected } as DocumentMeta;
      set({ kind: 'review', name, format: format === 'paste' ? 'paste' : result.read.format, size: bytes.length, result, meta, extracted: result.extracted, extracting: false });
    } catch (err) {
      if (failureOf(err).en !== 'Cancelled.') onFailure(failureOf(err));
      set({ kind: 'idle' });
    } finally {
      cancel = null;
    }
  }

  return {
    get state(): IntakeState {
      return state;
    },
    readFile: async (file: File) => read(file.name, file.type, new Uint8Array(await file.arrayBuffer()), 'txt'),
    readText: (text: string, name: string) => read(`${name}.txt`, 'text/plain', new TextEncoder().encode(text), 'paste'),
    cancel: () => cancel?.(),
    /** Changes the reviewed metadata and extracts again with it (the last edit wins). */
    async edit(patch: DocumentMeta): Promise<void> {
      if (state.kind !== 'review') return;
      const mine = ++edits;
      const meta = { ...state.meta, ...patch };
      set({ ...state, meta, extracting: true });
      try {
        const extracted = await (await extractionWorker()).extract(state.result.read.text, meta).result;
        if (mine === edits && state.kind === 'review') set({ ...state, extracted: { ...extracted, document: { ...extracted.document, id: state.result.id } }, extracting: false });
      } catch (err) {
        onFailure(failureOf(err));
        if (mine === edits && state.kind === 'review') set({ ...state, extracting: false });
      }
    },
    discard: () => set({ kind: 'idle' }),
  };
}

export type Intake = ReturnType<typeof createIntake>;
