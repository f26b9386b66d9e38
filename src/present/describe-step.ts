import { t, tf } from '../i18n/strings.ts';
import type { AtlasData } from '../joins/atlas-data.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ViewState } from '../view/schema.ts';
import { filterSummary } from '../view/filter-summary.ts';

/**
 * A one-line account of a step's view, for the steps list and as the title of a step left untitled:
 * "陕西省 · 选中：洋县 · 全部任务 · 自定视角".
 */
export function describeStep(view: ViewState, data: AtlasData | null, lang: Lang): string {
  const name = (key: string) => data?.names.name(key, lang) ?? key;
  const parts = [view.level === 'country' || !view.focus ? t(lang, 'levelCountry') : name(view.focus)];
  if (view.selected) parts.push(tf(lang, 'stepSelected', { name: name(view.selected) }));
  parts.push(filterSummary(view.filters, lang));
  if (view.camera) parts.push(t(lang, 'stepOwnCamera'));
  return parts.join(' · ');
}
