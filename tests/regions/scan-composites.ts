import { compositeNames } from '../../src/regions/composite-names.ts';
import { normalizeName } from '../../src/regions/normalize-name.ts';

/** A composite name found in text: what matched and where, in the normalised text. */
export interface Found {
  regionId: string;
  name: string;
  at: number;
}

/**
 * The simplest scanner the extraction could build on compositeNames(): normalise the text, then at each position
 * take the first (so longest) name that starts there and jump past it. Test-only: it shows the names list is usable
 * and that longest-first order resolves overlaps (西咸新区空港新城… over 西咸新区).
 */
export function scanComposites(text: string): Found[] {
  const names = compositeNames();
  const t = normalizeName(text);
  const out: Found[] = [];
  for (let i = 0; i < t.length; ) {
    const hit = names.find((n) => t.startsWith(n.normalized, i));
    if (hit) {
      out.push({ regionId: hit.regionId, name: hit.name, at: i });
      i += hit.normalized.length;
    } else i++;
  }
  return out;
}
