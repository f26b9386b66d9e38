import type { AdminLevel } from './admin-code.ts';

/** Issuing level of a document. */
export type DocumentLevel = 'national' | 'province' | 'prefecture' | 'county';

export interface RegionRef {
  code: string;
  name: string;
}

/** What we know about a document before reading it: data/sources/index.json. */
export interface SourceDocument {
  id: string;
  file: string;
  title: string;
  issuer: string;
  level: DocumentLevel;
  region: RegionRef | null;
  /** ISO date of signing, when printed or known. */
  date: string | null;
  /** The year the document's "全年/年度" refers to. */
  year: number;
  docNumber: string | null;
  published?: string;
  notes?: string;
}

export const DOCUMENT_LEVELS: readonly DocumentLevel[] = ['national', 'province', 'prefecture', 'county'];

export function adminLevelOfDocument(level: DocumentLevel): AdminLevel {
  return level === 'national' ? 'country' : level;
}
