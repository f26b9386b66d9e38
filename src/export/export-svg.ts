import type { Lang } from '../i18n/lang.ts';
import { t, tf } from '../i18n/strings.ts';
import { CHINA_BOUNDS } from '../map/china-bounds.ts';
import { mapLabel } from '../map/map-label.ts';
import { selectRenderInput } from '../map/render-input.ts';
import { insetDrawing, insetLabel } from '../map/south-china-sea-inset.ts';
import type { AppStore } from '../state/store.ts';
import { choroplethSvg } from './choropleth-svg.ts';
import { downloadBlob } from './download.ts';
import { exportTexts, isoDate } from './export-texts.ts';

/**
 * Saves the current level's choropleth as an SVG file (src/export/choropleth-svg.ts), from the same boundaries
 * the map draws. Resolves with the file name.
 */
export function exportSvg(store: AppStore, now = new Date()): string {
  const s = store.getState();
  const texts = exportTexts(s, isoDate(now));
  // The same units the map draws, from the boundaries it loaded.
  const drawn = selectRenderInput(s);
  const national = s.boundaries.national;
  if (!texts || !s.data || !drawn || !national) throw new Error(t(s.lang, 'loading'));
  const svg = choroplethSvg(
    svgInput(texts, drawn.fill.features, s.lang, (code) => s.data?.names.name(code, s.lang) ?? null, drawn.level === 'country' ? national.inset : null),
  );
  const file = `${texts.fileBase}.svg`;
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), file);
  return file;
}

/** The SVG builder's input from the export texts and the level's features (shared with the tests). */
export function svgInput(
  texts: NonNullable<ReturnType<typeof exportTexts>>,
  features: Parameters<typeof choroplethSvg>[0]['features'],
  lang: Lang,
  nameOfCode: (code: string) => string | null,
  inset: Parameters<typeof insetDrawing>[0] | null,
): Parameters<typeof choroplethSvg>[0] {
  const lv = texts.levelValues;
  const valueOf = new Map(lv.keys.map((k, i) => [k, lv.values[i]!]));
  const nameOf = (f: Parameters<typeof choroplethSvg>[0]['features'][number]) => nameOfCode(f.properties.code) ?? (lang === 'en' ? f.properties.en : f.properties.name);
  const { colorOf, valueLabel } = texts.metric;
  return {
    features,
    valueOf: (code) => valueOf.get(code) ?? 0,
    classes: lv.classes,
    labelOf: (f) => mapLabel(f.properties, lang),
    nameOf,
    describe: (name, n) => (texts.describe ? tf(lang, 'exportRegionValue', { name, value: texts.describe(n) }) : tf(lang, n === 1 ? 'exportRegionCountOne' : 'exportRegionCount', { name, n })),
    // A metric's own colours and words (an indicator's commitments); its circles are the map's, not the choropleth's.
    metric: colorOf ? { colorOf, titleOf: (f) => [nameOf(f), valueLabel?.(f.properties.code)].filter(Boolean).join(t(lang, 'indicatorColon')) } : undefined,
    title: texts.title,
    subtitle: texts.subtitle,
    legendTitle: texts.legendTitle,
    legendNone: texts.legend[0]?.label ?? '',
    legend: colorOf ? texts.legend.filter((e) => !e.shape || e.shape === 'swatch') : texts.legend,
    source: texts.source,
    credit: texts.credit,
    date: texts.date,
    inset: inset ? { drawing: insetDrawing(inset, 150), label: insetLabel(lang) } : null,
    // The national map is framed as on screen; the islands are in the inset.
    extent: inset ? [CHINA_BOUNDS[0][0], CHINA_BOUNDS[0][1], CHINA_BOUNDS[1][0], CHINA_BOUNDS[1][1]] : undefined,
  };
}
