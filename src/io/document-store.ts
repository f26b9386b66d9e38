import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { ExtractedDocument } from '../domain/task.ts';
import type { InferredMetadata } from '../extract/metadata.ts';
import type { DocumentMeta } from '../ingest/worker-protocol.ts';
import type { AddedFormat } from './document-bundle.ts';

/** An added document as the page keeps it. The text is what spans count in; the original file is not kept. */
export interface AddedDocument {
  /** "added-…" (src/domain/document-id.ts). */
  id: string;
  /** The file name as chosen, or a name given to pasted text. */
  name: string;
  format: AddedFormat;
  /** Bytes of the original file. */
  size: number;
  /** ISO time it was added. */
  addedAt: string;
  /** What the text said about itself. */
  detected: InferredMetadata;
  /** What the reviewer confirmed or changed. */
  meta: DocumentMeta;
  /** Extraction with `meta` applied; what the atlas shows. */
  extracted: ExtractedDocument;
  /** Version of the extraction (EXTRACTION_VERSION when saved), so a later app can extract the text again. */
  extractionVersion: number;
  text: string;
}

/** An added document without its text, for lists. */
export type AddedDocumentSummary = Omit<AddedDocument, 'text'>;

/** Raise when the extractor's output changes shape or meaning: kept documents older than this are re-extracted. */
export const EXTRACTION_VERSION = 1;

/** Where a save landed. "session": the page keeps the document until it is closed, and should say so. */
export type SaveOutcome =
  | { kept: 'saved' }
  | { kept: 'session'; reason: 'unavailable' | 'quota' | 'error'; zh: string; en: string };

interface Schema extends DBSchema {
  documents: { key: string; value: AddedDocumentSummary };
  texts: { key: string; value: { id: string; text: string } };
}

const DB_NAME = 'task-atlas';
const DB_VERSION = 1;

const SESSION_ONLY: Record<'unavailable' | 'quota' | 'error', [string, string]> = {
  unavailable: ['此浏览器不能保存文档（可能是隐私/无痕窗口）：文档本次可用，关闭页面后不会保留。', 'This browser cannot store documents (a private window?): the document works for this session and will not be kept.'],
  quota: ['浏览器存储空间已满：文档本次可用，关闭页面后不会保留。可删除一些已添加的文档后重试。', 'Browser storage is full: the document works for this session and will not be kept. Remove some added documents and try again.'],
  error: ['保存文档时出错：文档本次可用，关闭页面后不会保留。', 'Saving the document failed: it works for this session and will not be kept.'],
};

const sessionOutcome = (reason: keyof typeof SESSION_ONLY): SaveOutcome => ({ kept: 'session', reason, zh: SESSION_ONLY[reason][0], en: SESSION_ONLY[reason][1] });

/**
 * The user's added documents, kept in IndexedDB across reloads (summaries and texts in two stores, so listing
 * does not read every text). Where IndexedDB is missing, refuses to open (private windows) or is full, documents
 * are kept in memory for the session and save() says so; nothing is lost while the page is open.
 */
export class DocumentStore {
  private readonly session = new Map<string, AddedDocument>();

  private constructor(
    private readonly db: IDBPDatabase<Schema> | null,
    /** Why nothing is kept across reloads, when that is so from the start. */
    readonly unavailable: SaveOutcome | null,
  ) {}

  /** Opens the store (null: no IndexedDB); never throws: without IndexedDB it is a session store (`persistent` false). */
  static async open(factory: IDBFactory | null = globalThis.indexedDB ?? null, timeoutMs = 5000): Promise<DocumentStore> {
    if (!factory) return new DocumentStore(null, sessionOutcome('unavailable'));
    try {
      return new DocumentStore(await withTimeout(openDatabase(factory), timeoutMs), null);
    } catch {
      return new DocumentStore(null, sessionOutcome('unavailable'));
    }
  }

  /** Whether documents survive a reload. */
  get persistent(): boolean {
    return this.db !== null;
  }

  async save(doc: AddedDocument): Promise<SaveOutcome> {
    if (!this.db) {
      this.session.set(doc.id, doc);
      return this.unavailable!;
    }
    const { text, ...summary } = doc;
    try {
      const tx = this.db.transaction(['documents', 'texts'], 'readwrite');
      await Promise.all([tx.objectStore('documents').put(summary), tx.objectStore('texts').put({ id: doc.id, text }), tx.done]);
      this.session.delete(doc.id);
      return { kept: 'saved' };
    } catch (err) {
      this.session.set(doc.id, doc);
      return sessionOutcome(isQuotaError(err) ? 'quota' : 'error');
    }
  }

  /** Every added document, oldest first, without texts: the kept ones and those kept for this session only. */
  async list(): Promise<Array<AddedDocumentSummary & { persistent: boolean }>> {
    const kept = this.db ? await this.db.getAll('documents').catch(() => []) : [];
    const out = kept.filter((d) => !this.session.has(d.id)).map((d) => ({ ...d, persistent: true }));
    for (const { text: _text, ...d } of this.session.values()) out.push({ ...d, persistent: false });
    return out.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  }

  /** One added document with its text, or null. */
  async get(id: string): Promise<AddedDocument | null> {
    const own = this.session.get(id);
    if (own) return own;
    if (!this.db) return null;
    const [summary, text] = await Promise.all([this.db.get('documents', id), this.db.get('texts', id)]);
    return summary && text ? { ...summary, text: text.text } : null;
  }

  async remove(id: string): Promise<void> {
    this.session.delete(id);
    if (!this.db) return;
    const tx = this.db.transaction(['documents', 'texts'], 'readwrite');
    await Promise.all([tx.objectStore('documents').delete(id), tx.objectStore('texts').delete(id), tx.done]);
  }

  close(): void {
    this.db?.close();
  }
}

/** idb's openDB, with the factory given rather than the global one (tests pass a fresh fake). */
function openDatabase(factory: IDBFactory): Promise<IDBPDatabase<Schema>> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.addEventListener('upgradeneeded', () => {
    const db = request.result;
    if (!db.objectStoreNames.contains('documents')) db.createObjectStore('documents', { keyPath: 'id' });
    if (!db.objectStoreNames.contains('texts')) db.createObjectStore('texts', { keyPath: 'id' });
  });
  return wrap(request) as Promise<IDBPDatabase<Schema>>;
}

function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string })?.name ?? '';
  const inner = (err as { inner?: { name?: string } })?.inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('IndexedDB did not open in time')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
