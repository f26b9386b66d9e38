import { CHINA_CODE, ancestorsOf, levelOf, type AdminLevel } from '../domain/admin-code.ts';
import type { DocumentLevel, RegionRef } from '../domain/document.ts';
import type { Place, Target } from '../domain/task.ts';

/** A region a commitment belongs to: an administrative unit (by code) or a composite (by registry id). */
export interface IndicatorRegion {
  key: string;
  name: string;
  level: AdminLevel | 'composite';
  /** Admin code; null for a composite. */
  code: string | null;
}

/** The region a document is issued for; null when the extraction could not tell (no level, no region). */
export function documentRegion(doc: { level: DocumentLevel | null; region: RegionRef | null }): IndicatorRegion | null {
  if (doc.region) return { key: doc.region.code, name: doc.region.name, level: levelOf(doc.region.code), code: doc.region.code };
  if (doc.level === 'national') return { key: CHINA_CODE, name: '全国', level: 'country', code: CHINA_CODE };
  return null;
}

/**
 * Whose commitment a target is: the one place its own clause names, when that place lies below the issuer (a
 * county or prefecture of the issuing province) or is a composite (西安都市圈); else the issuer's. Read from the
 * clause, not the task: 浙江's task (十) names 山区26县 in another sentence, and its 10个国家示范县 are 浙江's;
 * 陕西's task (九) names 富平, 三原 and 岐山, and its 15个左右县城建设示范县 are 陕西's. A town counts for its county.
 */
export function targetRegion(target: Target, places: readonly Place[], issuer: IndicatorRegion): IndicatorRegion {
  const inClause = (p: Place) => p.spans.some(([s, e]) => s >= target.span[0] && e <= target.span[1]);
  const named = new Map<string, IndicatorRegion>();
  for (const p of places.filter(inClause)) {
    if (p.code) {
      const below = p.code !== issuer.key && ancestorsOf(p.code).includes(issuer.key);
      if (below) named.set(p.code, { key: p.code, name: p.fullName, level: levelOf(p.code), code: p.code });
      else if (p.code !== issuer.key && !ancestorsOf(issuer.key).includes(p.code)) return issuer; // elsewhere: unsure whose
    } else if (p.regionId) {
      named.set(p.regionId, { key: p.regionId, name: p.fullName, level: 'composite', code: null });
    }
  }
  return named.size === 1 ? [...named.values()][0]! : issuer;
}
