import type { IndicatorTimelineData, IndicatorTimelineMark } from '../charts/indicator-timeline.ts';
import { formatQuantity } from '../lib/format-quantity.ts';
import type { CrossLevelResult } from './cross-level.ts';

export interface TimelineTexts {
  lang: 'zh' | 'en';
  /** The chart's accessible name. */
  title: string;
  labels: IndicatorTimelineData['labels'];
  /** A region's name in the interface language (the extraction's names are Chinese). @default the row's name */
  regionName?: (key: string, name: string) => string;
}

/**
 * The deadline timeline of one indicator from its cross-level reading: a lane per committing region in table order,
 * a mark per commitment, shaped by unit (the indicator's units in registry order), ringed when laxer than the level
 * above, titled with its source clause.
 */
export function indicatorTimelineData(result: CrossLevelResult, texts: TimelineTexts): IndicatorTimelineData {
  const { indicator } = result;
  const rows = result.rows.filter((r) => r.commitments.length > 0);
  const units: string[] = indicator.units.map((u) => (texts.lang === 'zh' ? u.zh : u.en));
  const unitIndex = (unit: string) => {
    const base = unit.split('/')[0]!;
    const i = indicator.units.findIndex((u) => u.unit === base);
    if (i >= 0 && !unit.includes('/')) return i;
    // A per-year figure gets a shape of its own: it is not comparable with totals in the same unit.
    const name = `${i >= 0 ? units[i] : base}/${texts.lang === 'zh' ? '年' : 'yr'}`;
    const at = units.indexOf(name);
    return at >= 0 ? at : units.push(name) - 1;
  };
  const marks: IndicatorTimelineMark[] = rows.flatMap((r) =>
    r.commitments.map((c, i) => {
      const laxer = r.comparisons.some((cmp) => cmp.kind === 'rate' && cmp.laxer && cmp.value === c.value && cmp.unit === c.unit);
      const mark: IndicatorTimelineMark = {
        key: `${r.key}/${i}`,
        lane: r.key,
        deadline: c.deadline,
        unit: unitIndex(c.unit),
        label: formatQuantity(c.value, c.unit, texts.lang, c.max),
        title: c.sources.map((s) => s.text).join(' / '),
      };
      if (laxer) mark.laxer = true;
      return mark;
    }),
  );
  const name = texts.regionName ?? ((_key: string, n: string) => n);
  return {
    lanes: rows.map((r) => ({ key: r.key, label: name(r.key, r.name), depth: r.depth })),
    marks,
    units,
    lang: texts.lang,
    title: texts.title,
    labels: texts.labels,
  };
}
