import { CHINA_CODE, levelOf } from '../domain/admin-code.ts';
import { shortName } from '../domain/place-names.ts';
import type { RegionNames } from '../domain/region-names.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import type { TaskColumns } from '../joins/task-columns.ts';
import { memoLast } from '../lib/memo.ts';

/**
 * Short names of the documents, in the table's order: issuing region and year (陕西 2023, 洋县 2023, 国家 2022),
 * for a narrow column, a legend or a sentence; the full title goes in a tooltip. Two documents that would share one
 * get a number. The same array back while the table, names and language are the same.
 */
export const documentShortNames = memoLast((table: TaskColumns, names: RegionNames, lang: Lang): string[] => {
  const base = table.documents.map(({ document: d }) => {
    const code = d.region?.code ?? CHINA_CODE;
    let region = code === CHINA_CODE ? t(lang, 'docNational') : (names.name(code, lang) ?? d.region?.name ?? '');
    const level = levelOf(code);
    if (lang === 'zh' && level !== 'country') region = shortName(region, level) ?? region;
    return `${region} ${d.year ?? ''}`.trim();
  });
  const seen = new Map<string, number>();
  return base.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return base.indexOf(name) !== base.lastIndexOf(name) ? `${name} (${n})` : name;
  });
});

/** One document's short name by its id (its title when the table does not hold it). */
export function documentShortName(table: TaskColumns, names: RegionNames, lang: Lang, id: string | null): string {
  const k = table.documents.findIndex((d) => d.document.id === id);
  return k < 0 ? (id ?? '') : documentShortNames(table, names, lang)[k]!;
}
