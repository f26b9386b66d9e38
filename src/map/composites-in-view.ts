import type { AtlasRegions } from '../joins/atlas-data.ts';
import type { MapLevel } from '../view/schema.ts';

/**
 * Composites drawn at a view: at the national level those spanning provinces (city clusters, 长三角…); at a
 * province or prefecture those with a member inside it (or containing it), so 关中平原城市群 shows on Shaanxi's map
 * and 西安都市圈's 组团 on 渭南's.
 */
export function compositesInView(data: AtlasRegions, level: MapLevel, focus: string | null): Set<string> {
  const out = new Set<string>();
  for (const id of data.composites.ids()) {
    const members = data.composites.membersOf(id, null);
    if (!members.length) continue;
    if (level === 'country' || !focus) {
      if (data.composites.containerOf(id, null) === '100000') out.add(id);
      continue;
    }
    const prefix = level === 'province' ? focus.slice(0, 2) : focus.slice(0, 4);
    if (members.some((m) => m.startsWith(prefix) || focus.startsWith(m.replace(/0+$/, '')))) out.add(id);
  }
  return out;
}
