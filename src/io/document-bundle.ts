import { DOCUMENT_LEVELS, type DocumentLevel, type RegionRef } from '../domain/document.ts';
import { ADDED_ID, documentIdFor } from '../domain/document-id.ts';
import type { DocumentMeta } from '../ingest/worker-protocol.ts';
import { BilingualError } from '../lib/bilingual-error.ts';

/** The kinds of source an added document came from ("paste" for text pasted into the page). */
export type AddedFormat = 'txt' | 'html' | 'docx' | 'pdf' | 'paste';

/** One added document as a bundle carries it: its text and metadata; the recipient extracts it again. */
export interface BundleDocument {
  id: string;
  name: string;
  format: AddedFormat;
  meta: Required<DocumentMeta>;
  text: string;
}

/** A shared view with the added documents it needs. The view is the page's query string, opaque here. */
export interface Bundle {
  view: string;
  documents: BundleDocument[];
}

export const BUNDLE_FORMAT = 'task-atlas-documents';
export const BUNDLE_VERSION = 1;
export const BUNDLE_LIMITS = { maxChars: 60_000_000, maxDocuments: 200, maxDocumentChars: 20_000_000, maxView: 8192 };

export type BundleErrorCode = 'too-large' | 'not-json' | 'not-a-bundle' | 'newer-version' | 'invalid';

/** Why a file could not be imported, in Chinese and English. */
export class BundleError extends BilingualError<BundleErrorCode> {
  override name = 'BundleError';
}

/** The bundle as the file's text: JSON, format and version first so a reader can tell what it holds. */
export function serializeBundle(bundle: Bundle): string {
  const documents = bundle.documents.map((d) => ({ id: d.id, name: d.name, format: d.format, meta: d.meta, text: d.text }));
  return `${JSON.stringify({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, view: bundle.view, documents })}\n`;
}

const invalid = (whereZh: string, en: string) => new BundleError('invalid', `文件内容有误（${whereZh}）。`, `The file is not valid: ${en}.`);

/**
 * A bundle file read back, every field checked and copied into fresh objects (nothing of the file's own object
 * shapes survives, so "__proto__" keys and extra fields are inert). Refuses, with a reason: files too large,
 * not JSON, not a bundle, from a newer version, or with a field out of bounds; a document whose text does not
 * give its id (edited by hand, or not made by this app).
 */
export function parseBundle(text: string): Bundle {
  if (text.length > BUNDLE_LIMITS.maxChars) {
    throw new BundleError('too-large', `文件过大（超过 ${BUNDLE_LIMITS.maxChars / 1e6} MB 字符）。`, `The file is too large (over ${BUNDLE_LIMITS.maxChars / 1e6} million characters).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BundleError('not-json', '这不是任务地图的共享文件（无法读取为 JSON）。', 'This is not a Task Atlas shared file (it is not JSON).');
  }
  if (!isRecord(data) || data.format !== BUNDLE_FORMAT) {
    throw new BundleError('not-a-bundle', '这不是任务地图的共享文件。', 'This is not a Task Atlas shared file.');
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) throw invalid('版本号', 'it has no valid version');
  if (data.version > BUNDLE_VERSION) {
    throw new BundleError('newer-version', '这个文件由更新版本的任务地图生成，请先更新本页面。', 'This file was made by a newer version of Task Atlas; update this page first.');
  }
  const view = data.view;
  if (typeof view !== 'string' || view.length > BUNDLE_LIMITS.maxView || (view !== '' && !view.startsWith('?')) || /[\u0000-\u001f\u007f\s]/.test(view)) {
    throw invalid('视图', 'the view is not a query string starting with ?');
  }
  if (!Array.isArray(data.documents) || data.documents.length > BUNDLE_LIMITS.maxDocuments) {
    throw invalid('文档列表', `documents is not a list of at most ${BUNDLE_LIMITS.maxDocuments}`);
  }
  const seen = new Set<string>();
  const documents = data.documents.map((d, k) => {
    const doc = parseDocument(d, k + 1);
    if (seen.has(doc.id)) throw invalid(`第 ${k + 1} 份文档`, `document ${k + 1} repeats another`);
    seen.add(doc.id);
    return doc;
  });
  return { view, documents };
}

function parseDocument(d: unknown, n: number): BundleDocument {
  const where = `第 ${n} 份文档`;
  const fail = (what: string) => invalid(where, `document ${n}: ${what}`);
  if (!isRecord(d)) throw fail('not an object');
  const { id, name, format, meta, text } = d;
  if (typeof text !== 'string' || text.length === 0 || text.length > BUNDLE_LIMITS.maxDocumentChars) throw fail('text missing or too long');
  if (typeof id !== 'string' || !ADDED_ID.test(id)) throw fail('id is not an added document id');
  if (documentIdFor(text) !== id) throw fail('text does not match its id (edited by hand?)');
  if (typeof name !== 'string' || name.length > 255) throw fail('name');
  if (format !== 'txt' && format !== 'html' && format !== 'docx' && format !== 'pdf' && format !== 'paste') throw fail('format');
  if (!isRecord(meta)) throw fail('meta');
  return { id, name: name.replace(/[\u0000-\u001f\u007f/\\]/g, '_'), format, meta: parseMeta(meta, fail), text };
}

function parseMeta(m: Record<string, unknown>, fail: (what: string) => BundleError): Required<DocumentMeta> {
  const optionalString = (v: unknown, max: number, field: string): string | null => {
    if (v === null || v === undefined) return null;
    if (typeof v !== 'string' || v.length > max) throw fail(field);
    return v;
  };
  const title = optionalString(m.title, 300, 'title');
  if (!title) throw fail('title');
  const date = optionalString(m.date, 10, 'date');
  if (date !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))) throw fail('date');
  const year = m.year ?? null;
  if (year !== null && (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2100)) throw fail('year');
  const level = m.level ?? null;
  if (level !== null && !DOCUMENT_LEVELS.includes(level as DocumentLevel)) throw fail('level');
  return {
    title,
    issuer: optionalString(m.issuer, 200, 'issuer'),
    date,
    year: year as number | null,
    docNumber: optionalString(m.docNumber, 100, 'docNumber'),
    level: level as DocumentLevel | null,
    region: parseRegion(m.region, fail),
  };
}

function parseRegion(r: unknown, fail: (what: string) => BundleError): RegionRef | null {
  if (r === null || r === undefined) return null;
  if (!isRecord(r) || typeof r.code !== 'string' || !/^\d{6}$/.test(r.code) || typeof r.name !== 'string' || r.name.length === 0 || r.name.length > 60) throw fail('region');
  return { code: r.code, name: r.name };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
