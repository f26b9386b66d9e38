import { shortName } from '../domain/place-names.ts';
import type { Lang } from '../i18n/lang.ts';
import type { BoundaryProps } from '../domain/boundary.ts';

/** A region's name as maps print it: provinces and cities by their short names (陕西, 汉中); counties keep theirs (洋县, 富平县). */
export function mapLabel(p: BoundaryProps, lang: Lang): string {
  if (lang === 'en') return p.en;
  return p.level === 'county' ? p.name : (shortName(p.name, p.level) ?? p.name);
}
