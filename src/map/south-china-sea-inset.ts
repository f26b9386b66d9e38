import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { NationalBoundaries } from '../io/boundaries.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** One shape of the inset drawing: an SVG path in the inset's pixel frame, and how it is painted. */
export interface InsetShape {
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** The inset as plain data (SVG path strings in a `width` × `height` frame), for the DOM, a canvas or an SVG file. */
export interface InsetDrawing {
  width: number;
  height: number;
  /** Drawn in order over the sea background; the frame goes on top. */
  shapes: InsetShape[];
  sea: string;
  frame: string;
}

/** The inset's label in either language. */
export function insetLabel(lang: Lang): string {
  return t(lang, 'insetLabel');
}

/**
 * The 南海诸岛 inset that Chinese national maps carry in their lower right corner: the islands and the coasts
 * around them inside the shipped frame, equirectangular at the frame's mid-latitude. Pure: the screen's inset,
 * the PNG export and the SVG export all draw from this.
 */
export function insetDrawing(inset: NationalBoundaries['inset'], width = 110): InsetDrawing {
  const [w, s, e, n] = inset.bbox;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const height = Math.round((width * (n - s)) / ((e - w) * k));
  const x = (lng: number) => ((lng - w) / (e - w)) * width;
  const y = (lat: number) => ((n - lat) / (n - s)) * height;
  const shapes: InsetShape[] = [];
  const add = (fc: FeatureCollection, fill: string, stroke: string, strokeWidth: number) => {
    for (const f of fc.features) {
      const d = pathOf(f.geometry, x, y);
      if (d) shapes.push({ d, fill, stroke, strokeWidth });
    }
  };
  add(inset.neighbours, '#eeede7', '#c9c6bb', 0.4);
  add(inset.provinces, '#fbfbf8', '#8a929c', 0.4);
  add(inset.islands, '#8a929c', '#5b6673', 0.6);
  return { width, height, shapes, sea: '#dce9f2', frame: '#5b6673' };
}

/** The inset as an <svg> element for the page (src/state/subscribers/inset-sync.ts). */
export function southChinaSeaInset(inset: NationalBoundaries['inset'], lang: Lang, width = 110): SVGSVGElement {
  const drawing = insetDrawing(inset, width);
  const { height } = drawing;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('class', 'scs-inset');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', lang === 'zh' ? '南海诸岛' : 'South China Sea Islands');
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', drawing.sea);
  svg.append(bg);
  for (const shape of drawing.shapes) {
    const p = document.createElementNS(SVG, 'path');
    p.setAttribute('d', shape.d);
    p.setAttribute('fill', shape.fill);
    p.setAttribute('stroke', shape.stroke);
    p.setAttribute('stroke-width', String(shape.strokeWidth));
    svg.append(p);
  }
  const label = document.createElementNS(SVG, 'text');
  label.setAttribute('x', String(width - 4));
  label.setAttribute('y', String(height - 5));
  label.setAttribute('text-anchor', 'end');
  label.setAttribute('font-size', '9');
  label.textContent = insetLabel(lang);
  svg.append(label);
  const frame = document.createElementNS(SVG, 'rect');
  frame.setAttribute('width', String(width - 1));
  frame.setAttribute('height', String(height - 1));
  frame.setAttribute('x', '0.5');
  frame.setAttribute('y', '0.5');
  frame.setAttribute('fill', 'none');
  frame.setAttribute('stroke', drawing.frame);
  svg.append(frame);
  return svg;
}

function pathOf(g: Geometry | null, x: (v: number) => number, y: (v: number) => number): string {
  if (!g) return '';
  const ring = (r: Position[]) => `M${r.map((p) => `${x(p[0]!).toFixed(1)},${y(p[1]!).toFixed(1)}`).join('L')}Z`;
  switch (g.type) {
    case 'Polygon':
      return g.coordinates.map(ring).join('');
    case 'MultiPolygon':
      return g.coordinates.flatMap((p) => p.map(ring)).join('');
    case 'LineString':
      return `M${g.coordinates.map((p) => `${x(p[0]!).toFixed(1)},${y(p[1]!).toFixed(1)}`).join('L')}`;
    case 'MultiLineString':
      return g.coordinates.map((l) => `M${l.map((p) => `${x(p[0]!).toFixed(1)},${y(p[1]!).toFixed(1)}`).join('L')}`).join('');
    default:
      return '';
  }
}
