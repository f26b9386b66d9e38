import { provinceOf } from '../domain/admin-code.ts';
import { loadNational, loadProvince } from '../io/boundaries.ts';
import { mapLabel } from '../map/map-label.ts';
import { t, tf } from '../i18n/strings.ts';
import { CHINA_BOUNDS } from '../map/china-bounds.ts';
import { levelFill } from '../map/level-fill.ts';
import { insetDrawing, insetLabel } from '../map/south-china-sea-inset.ts';
import type { AppStore } from '../state/store.ts';
import { choroplethSvg } from './choropleth-svg.ts';
import { downloadBlob } from './download.ts';
import { exportTexts, isoDate } from './export-texts.ts';

/**
 * Saves the current level's choropleth as an SVG file (src/export/choropleth-svg.ts), from the same boundaries
 * the map draws. Resolves with the file name.
 */
export async function exportSvg(store: AppStore, now = new Date()): Promise<string> {
  const s = store.getState();
  const texts = exportTexts(s, isoDate(now));
  if (!texts || !s.data) throw new Error(t(s.lang, 'loading'));
  const national = await loadNational();
  const province = s.level !== 'country' && s.focus ? await loadProvince(provinceOf(s.focus)) : null;
  const svg = choroplethSvg(
    svgInput(texts, levelFill(national, province, texts.levelValues.keys).features, s.lang, (code) => s.data?.names.name(code, s.lang) ?? null, s.level === 'country' ? national.inset : null),
  );
  const file = `${texts.fileBase}.svg`;
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), file);
  return file;
}

/** The SVG builder's input from the export texts and the level's features (shared with the tests). */
export function svgInput(
  texts: NonNullable<ReturnType<typeof exportTexts>>,
  features: Parameters<typeof choroplethSvg>[0]['features'],
  lang: 'zh' | 'en',
  nameOfCode: (code: string) => string | null,
  inset: Parameters<typeof insetDrawing>[0] | null,
): Parameters<typeof choroplethSvg>[0] {
  const lv = texts.levelValues;
  const valueOf = new Map(lv.keys.map((k, i) => [k, lv.values[i]!]));
  return {
    features,
    valueOf: (code) => valueOf.get(code) ?? 0,
    classes: lv.classes,
    labelOf: (f) => mapLabel(f.properties, lang),
    nameOf: (f) => nameOfCode(f.properties.code) ?? (lang === 'en' ? f.properties.en : f.properties.name),
    describe: (name, n) => tf(lang, n === 1 ? 'exportRegionCountOne' : 'exportRegionCount', { name, n }),
    title: texts.title,
    subtitle: texts.subtitle,
    legendTitle: texts.legendTitle,
    legendNone: texts.legend[0]!.label,
    source: texts.source,
    credit: texts.credit,
    date: texts.date,
    inset: inset ? { drawing: insetDrawing(inset, 150), label: insetLabel(lang) } : null,
    // The national map is framed as on screen; the islands are in the inset.
    extent: inset ? [CHINA_BOUNDS[0][0], CHINA_BOUNDS[0][1], CHINA_BOUNDS[1][0], CHINA_BOUNDS[1][1]] : undefined,
  };
}
