import { CHINA_CODE, ancestorsOf } from '../domain/admin-code.ts';
import type { ExtractedDocument } from '../domain/task.ts';

/** The region a document speaks for: its region's code, China for a national document, else null (unknown). */
export function documentRegion(doc: ExtractedDocument): string | null {
  if (doc.document.region) return doc.document.region.code;
  return doc.document.level === 'national' ? CHINA_CODE : null;
}

/**
 * Regions whose documents a document of `region` may carry out: those strictly containing it, nearest first.
 * Two documents of one region (陕西 2023 and 陕西's county-town plan) never link to each other: a plan does not
 * carry out its own issuer's other plan, and which came later says nothing of which implements which.
 */
export function upperRegions(region: string | null): string[] {
  return region === null ? [] : ancestorsOf(region);
}
