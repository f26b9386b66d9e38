import type { Position } from 'geojson';
import type { BoundaryFeature } from '../domain/boundary.ts';
import { classColor, classLabels, type Classes } from '../view/choropleth-classes.ts';
import type { InsetDrawing } from '../map/south-china-sea-inset.ts';
import { escapeXml } from './xml-escape.ts';

/** Everything the SVG shows; the caller gathers it from the state (src/export/export-svg.ts). */
export interface ChoroplethSvgInput {
  /** The coloured units of the level, as the map draws them. */
  features: readonly BoundaryFeature[];
  /** Task count of a region (0 when it has none). */
  valueOf: (code: string) => number;
  classes: Classes;
  /** A region's name in the interface language. */
  nameOf: (f: BoundaryFeature) => string;
  /** A region's label on the map ("西安"), or null for none. */
  labelOf?: (f: BoundaryFeature) => string | null;
  /** A region's tooltip line, e.g. "西安市：23 项任务". */
  describe: (name: string, count: number) => string;
  /** "任务地图 · 陕西省" */
  title: string;
  /** The active filters, or "全部任务". */
  subtitle: string;
  legendTitle: string;
  /** Label of the zero class. */
  legendNone: string;
  /** The legend's entries as the map's legend gives them. @default the zero class, then each class's range */
  legend?: ReadonlyArray<{ color: string; label: string }>;
  source: string;
  /** Credit for the boundaries. */
  credit: string;
  /** The day of the export, YYYY-MM-DD. */
  date: string;
  /** The 南海诸岛 inset, at the national level; drawn in the lower right corner of the map. */
  inset?: { drawing: InsetDrawing; label: string } | null;
  /**
   * [west, south, east, north] to fit, when not the regions' own extent: the national map leaves the South China
   * Sea islands to the inset (CHINA_BOUNDS), as the map does. What lies outside is clipped.
   */
  extent?: [number, number, number, number];
  /** @default 960 */
  width?: number;
  /**
   * A metric that colours regions by more than their value (an indicator: a commitment, a document committing to
   * nothing, no document): each region's fill and its <title>, instead of its class colour and count.
   */
  metric?: { colorOf: (code: string) => string; titleOf: (f: BoundaryFeature) => string };
}

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const PAD = 16;
const HEADER = 64;
const FOOTER = 78;

/**
 * The choropleth of one level as a standalone SVG file: one <path> per region, filled by its class and carrying a
 * <title> with its name and count, then the legend (the zero class and every class, as on the map), the title and
 * filters above, the sources, the boundaries' credit and the date below. Web Mercator, fitted to the level's
 * regions (the whole level, not the screen's camera: a file for print or a slide shows the unit it names).
 *
 * Pure: text in, text out. Every piece of text is escaped (src/export/xml-escape.ts), so a name or a filter text
 * holding markup stays text.
 */
export function choroplethSvg(p: ChoroplethSvgInput): string {
  const width = p.width ?? 960;
  const project = fitMercator(p.extent ?? extentOf(p.features), width - 2 * PAD, { min: width * 0.45, max: width * 1.1 });
  const mapTop = HEADER;
  const mapHeight = project.height;
  const height = mapTop + mapHeight + FOOTER;
  const n = (x: number) => String(Math.round(x * 10) / 10);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(height)}" viewBox="0 0 ${width} ${n(height)}" font-family="${FONT}" role="img" aria-labelledby="atlas-title atlas-desc">`,
    `<title id="atlas-title">${escapeXml(p.title)}</title>`,
    `<desc id="atlas-desc">${escapeXml(p.subtitle)}</desc>`,
    `<rect width="${width}" height="${n(height)}" fill="#ffffff"/>`,
    `<text x="${PAD}" y="30" font-size="20" font-weight="700" fill="#1d2733">${escapeXml(p.title)}</text>`,
    `<text x="${PAD}" y="51" font-size="13" fill="#5b6673">${escapeXml(p.subtitle)}</text>`,
    // A nested <svg> is a viewport: it clips what lies outside the map area (islands left to the inset).
    `<svg class="map" x="${PAD}" y="${mapTop}" width="${width - 2 * PAD}" height="${n(mapHeight)}" viewBox="0 0 ${width - 2 * PAD} ${n(mapHeight)}">`,
    `<g class="regions" stroke="#ffffff" stroke-width="0.8" stroke-linejoin="round">`,
  );
  for (const f of p.features) {
    const d = pathData(f, project.point);
    if (!d) continue;
    const count = p.valueOf(f.properties.code);
    const fill = p.metric ? p.metric.colorOf(f.properties.code) : classColor(p.classes, count);
    const title = p.metric ? p.metric.titleOf(f) : p.describe(p.nameOf(f), count);
    out.push(`<path class="region" data-code="${escapeXml(f.properties.code)}" fill="${fill}" d="${d}"><title>${escapeXml(title)}</title></path>`);
  }
  out.push('</g>');
  // Names at the regions' label points, where the region is wide enough to hold them (so 北京 and 澳门 do not
  // sit on their neighbours at the national scale). A white halo keeps them legible on the dark classes.
  if (p.labelOf) {
    out.push('<g class="labels" font-size="11" fill="#1d2733" text-anchor="middle" stroke="#ffffff" stroke-width="2.5" stroke-opacity="0.8" paint-order="stroke">');
    for (const f of p.features) {
      const text = p.labelOf(f);
      if (!text) continue;
      const [w, s, e, nn] = f.properties.bbox;
      const [x0] = project.point([w, s]);
      const [x1] = project.point([e, nn]);
      if (x1 - x0 < textWidth(text, 11) * 1.2) continue;
      const [x, y] = project.point(f.properties.label);
      out.push(`<text x="${n(x)}" y="${n(y + 4)}">${escapeXml(text)}</text>`);
    }
    out.push('</g>');
  }
  out.push('</svg>');

  if (p.inset) {
    const { drawing, label } = p.inset;
    const x = width - PAD - drawing.width;
    const y = mapTop + mapHeight - drawing.height;
    out.push(
      `<svg class="inset" x="${n(x)}" y="${n(y)}" width="${drawing.width}" height="${drawing.height}" viewBox="0 0 ${drawing.width} ${drawing.height}">`,
      `<rect width="${drawing.width}" height="${drawing.height}" fill="${drawing.sea}"/>`,
      ...drawing.shapes.map((s) => `<path d="${s.d}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}"/>`),
      `<text x="${drawing.width - 4}" y="${drawing.height - 5}" text-anchor="end" font-size="11" fill="#1d2733">${escapeXml(label)}</text>`,
      `<rect x="0.5" y="0.5" width="${drawing.width - 1}" height="${drawing.height - 1}" fill="none" stroke="${drawing.frame}"/>`,
      '</svg>',
    );
  }

  // The legend as a row under the map: its title, then a swatch and label per class, the zero class first.
  const legendY = mapTop + mapHeight + 22;
  const entries = p.legend ?? [
    { color: p.classes.zero, label: p.legendNone },
    ...classLabels(p.classes).map((label, k) => ({ color: p.classes.colors[k]!, label })),
  ];
  out.push(`<g class="legend" font-size="12" fill="#1d2733">`, `<text class="legend-title" x="${PAD}" y="${legendY}" font-weight="700">${escapeXml(p.legendTitle)}</text>`);
  let x = PAD + textWidth(p.legendTitle, 12) + 14;
  for (const e of entries) {
    out.push(
      `<g class="legend-entry" data-color="${e.color}"><rect x="${n(x)}" y="${legendY - 10}" width="18" height="12" fill="${e.color}" stroke="#000000" stroke-opacity="0.15"/><text x="${n(x + 23)}" y="${legendY}">${escapeXml(e.label)}</text></g>`,
    );
    x += 23 + textWidth(e.label, 12) + 14;
  }
  out.push('</g>');
  out.push(
    `<text class="source" x="${PAD}" y="${legendY + 24}" font-size="11" fill="#5b6673">${escapeXml(p.source)}</text>`,
    `<text class="credit" x="${PAD}" y="${legendY + 42}" font-size="11" fill="#5b6673">${escapeXml(p.credit)}</text>`,
    `<text class="date" x="${width - PAD}" y="${legendY + 42}" font-size="11" fill="#5b6673" text-anchor="end">${escapeXml(p.date)}</text>`,
    '</svg>',
  );
  return out.join('\n');
}

/** The union of the regions' bounding boxes (China's, when there are none). */
function extentOf(features: readonly BoundaryFeature[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const [fw, fs, fe, fn] = f.properties.bbox;
    w = Math.min(w, fw);
    s = Math.min(s, fs);
    e = Math.max(e, fe);
    n = Math.max(n, fn);
  }
  return Number.isFinite(w) ? [w, s, e, n] : [73.5, 17.5, 135.1, 53.6];
}

/** A Web Mercator projection of an extent onto `width` × (height within [min, max]) pixels, centred. */
function fitMercator([w, s, e, nn]: [number, number, number, number], width: number, bounds: { min: number; max: number }) {  const mx = (lng: number) => (lng * Math.PI) / 180;
  const my = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));
  const spanX = Math.max(mx(e) - mx(w), 1e-9);
  const spanY = Math.max(my(nn) - my(s), 1e-9);
  // Fit the width; a tall unit is fitted to the height limit instead and centred.
  let k = width / spanX;
  let height = spanY * k;
  if (height > bounds.max) {
    k = bounds.max / spanY;
    height = bounds.max;
  }
  const dx = (width - spanX * k) / 2;
  const dy = (Math.max(height, bounds.min) - spanY * k) / 2;
  height = Math.max(height, bounds.min);
  const x0 = mx(w);
  const y0 = my(nn);
  return { height, point: (p: Position): [number, number] => [dx + (mx(p[0]!) - x0) * k, dy + (y0 - my(p[1]!)) * k] };
}

/** SVG path data of a (multi)polygon, to 0.1 px, repeated points after rounding dropped. */
function pathData(f: BoundaryFeature, point: (p: Position) => [number, number]): string {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let d = '';
  for (const rings of polygons) {
    for (const ring of rings) {
      const pts: string[] = [];
      for (const p of ring) {
        const [x, y] = point(p);
        const xy = `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
        if (pts[pts.length - 1] !== xy) pts.push(xy);
      }
      if (pts.length > 1 && pts[0] === pts[pts.length - 1]) pts.pop();
      if (pts.length >= 3) d += `M${pts.join('L')}Z`;
    }
  }
  return d;
}

/** Rough width of a label: a CJK or full-width character is one em, anything else about 0.6 em. */
function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\uffef]/.test(ch) ? 1 : 0.6;
  return em * size;
}
