import { CHINA_CODE, levelOf, prefectureOf, provinceOf } from '../domain/admin-code.ts';
import type { AtlasRegions } from '../joins/atlas-data.ts';
import type { MapLevel } from './schema.ts';

/**
 * The level at which a region is drawn as one of the coloured units: a province on the national map, a
 * prefecture on its province's map, a county on its prefecture's map (or its province's, for counties directly
 * under a province or a municipality). A composite is shown on the map of the lowest unit holding it.
 */
export function levelShowing(key: string, data: AtlasRegions): { level: MapLevel; focus: string | null } {
  if (!/^\d{6}$/.test(key)) {
    const container = data.composites.containerOf(key, null);
    if (container === CHINA_CODE) return { level: 'country', focus: null };
    return levelOf(container) === 'province' ? { level: 'province', focus: container } : levelShowing(container, data);
  }
  switch (levelOf(key)) {
    case 'country':
    case 'province':
      return { level: 'country', focus: null };
    case 'prefecture':
      return { level: 'province', focus: provinceOf(key) };
    case 'county': {
      const pref = prefectureOf(key);
      return pref && data.tree.has(pref) ? { level: 'prefecture', focus: pref } : { level: 'province', focus: provinceOf(key) };
    }
  }
}

/** The units from the nation down to `code`: the breadcrumb of a level. */
export function chainTo(code: string | null): string[] {
  if (!code || code === CHINA_CODE) return [CHINA_CODE];
  const out = [CHINA_CODE, provinceOf(code)];
  if (levelOf(code) !== 'province') {
    const pref = prefectureOf(code);
    if (pref) out.push(pref);
  }
  return out;
}
