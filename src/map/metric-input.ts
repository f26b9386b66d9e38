import type { BoundaryCollection, CompositeCollection } from '../domain/boundary.ts';
import type { Lang } from '../i18n/lang.ts';
import type { NationalBoundaries, ProvinceBoundaries } from '../io/boundaries.ts';
import { memoLast } from '../lib/memo.ts';
import type { MetricSymbols } from '../state/map-metric.ts';
import type { RegionLabel } from './label-overlay.ts';
import type { MetricSymbol } from './layers/metric-symbols.ts';
import { mapLabel } from './map-label.ts';

/** A metric's symbols placed on the map, with the scale they share. */
export interface MetricSymbolInput {
  data: MetricSymbol[];
  max: number;
  maxRadius: number;
}

/**
 * Where each of a metric's regions sits: the label point of a unit of the level, of a prefecture (from the national
 * file) or a county of the province drawn (from its own file), or of a composite drawn at this view. Regions with no
 * place here get no symbol. Larger circles come first, so smaller ones are drawn over them; rings last.
 */
export const metricSymbolsOf = memoLast(
  (symbols: MetricSymbols, fill: BoundaryCollection, national: NationalBoundaries, province: ProvinceBoundaries | null, composites: CompositeCollection | null): MetricSymbolInput => {
    const at = new Map<string, { position: [number, number]; name: Record<Lang, string> }>();
    for (const fc of [national.prefectures, province?.counties, fill]) {
      for (const f of fc?.features ?? []) at.set(f.properties.code, { position: f.properties.label, name: { zh: mapLabel(f.properties, 'zh'), en: mapLabel(f.properties, 'en') } });
    }
    for (const f of composites?.features ?? []) at.set(f.properties.id, { position: f.properties.label, name: { zh: f.properties.name, en: f.properties.en } });
    const data = symbols.keys.flatMap((key): MetricSymbol[] => {
      const place = at.get(key);
      return place ? [{ key, position: place.position, name: place.name, value: symbols.valueOf(key), properties: { code: key } }] : [];
    });
    data.sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
    return { data, max: symbols.max, maxRadius: symbols.maxRadius };
  },
);

/**
 * The units' names with their values (陕西 20万 人次 · 2023年), and names for the symbols of regions below the units
 * drawn (洋县 on 陕西's map). Labelled values win collisions over bare names.
 */
export const metricLabelsOf = memoLast((names: RegionLabel[], valueLabel: (key: string) => string | null, symbols: MetricSymbolInput | null, lang: Lang): RegionLabel[] => {
  const out = names.map((l) => {
    const value = valueLabel(l.key);
    return value ? { ...l, text: `${l.text} ${value}`, priority: l.priority + 1000 } : l;
  });
  const named = new Set(names.map((l) => l.key));
  for (const s of symbols?.data ?? []) {
    const value = valueLabel(s.key);
    if (!named.has(s.key) && value) out.push({ key: s.key, position: s.position, text: `${s.name[lang]} ${value}`, priority: 900 });
  }
  return out;
});
