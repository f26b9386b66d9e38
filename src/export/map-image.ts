import type { InsetDrawing } from '../map/south-china-sea-inset.ts';
import type { ExportTexts } from './export-texts.ts';

/** Band above the map (title, filters), in CSS pixels: the PNG is `scale` × (map height + header + footer) tall. */
export const PNG_HEADER = 52;
/** Band below the map (legend, sources, credit and date), in CSS pixels. */
export const PNG_FOOTER = 64;
const PAD = 12;
const INK = '#1d2733';
const MUTED = '#5b6673';

export interface MapImageParts extends Omit<ExportTexts, 'fileBase'> {
  /** The 南海诸岛 inset, at the national level: drawn in the map's lower right corner, as on screen. */
  inset: { drawing: InsetDrawing; label: string } | null;
  /** The page's font stack, so the image reads like the app. */
  font: string;
}

/**
 * The exported picture: the captured map (already `scale` × its CSS size) with a title band above and a band
 * below for the legend, sources, boundary credit and date, all drawn at `scale`. Sizes are in CSS pixels
 * throughout and scaled once, so a 2× export is the screen's layout at twice the detail. Text that would not fit
 * the width is set smaller rather than cut.
 */
export function composeMapImage(map: HTMLCanvasElement, parts: MapImageParts, scale: number): HTMLCanvasElement {
  const width = map.width / scale;
  const mapHeight = map.height / scale;
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = Math.round((mapHeight + PNG_HEADER + PNG_FOOTER) * scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, mapHeight + PNG_HEADER + PNG_FOOTER);
  ctx.textBaseline = 'alphabetic';

  const fitText = (text: string, x: number, y: number, size: number, weight: string, color: string, maxWidth: number, align: CanvasTextAlign = 'left') => {
    let s = size;
    ctx.font = `${weight} ${s}px ${parts.font}`;
    while (s > 7 && ctx.measureText(text).width > maxWidth) {
      s -= 0.5;
      ctx.font = `${weight} ${s}px ${parts.font}`;
    }
    ctx.fillStyle = color;
    ctx.textAlign = align;
    ctx.fillText(text, x, y, maxWidth);
    return ctx.measureText(text).width;
  };

  fitText(parts.title, PAD, 24, 17, '700', INK, width - 2 * PAD);
  fitText(parts.subtitle, PAD, 43, 12, '400', MUTED, width - 2 * PAD);

  ctx.drawImage(map, 0, PNG_HEADER, width, mapHeight);
  ctx.strokeStyle = '#d5dae0';
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, PNG_HEADER + 0.5, width - 1, mapHeight - 1);

  if (parts.inset) drawInset(ctx, parts.inset.drawing, parts.inset.label, width - 10 - parts.inset.drawing.width, PNG_HEADER + mapHeight - 10 - parts.inset.drawing.height, parts.font);

  // Legend row: its title, then a swatch and a label per class; set smaller as a whole if the map is narrow.
  const top = PNG_HEADER + mapHeight;
  const legendY = top + 20;
  ctx.font = `700 12px ${parts.font}`;
  const titleWidth = ctx.measureText(parts.legendTitle).width;
  ctx.font = `400 12px ${parts.font}`;
  const entryWidths = parts.legend.map((e) => 22 + ctx.measureText(e.label).width + 12);
  const k = Math.min(1, (width - 2 * PAD) / (titleWidth + 12 + entryWidths.reduce((a, b) => a + b, 0)));
  ctx.save();
  ctx.translate(PAD, legendY);
  ctx.scale(k, k);
  ctx.fillStyle = INK;
  ctx.textAlign = 'left';
  ctx.font = `700 12px ${parts.font}`;
  ctx.fillText(parts.legendTitle, 0, 0);
  ctx.font = `400 12px ${parts.font}`;
  let x = titleWidth + 12;
  // Circles (a metric's proportional symbols) keep their sizes relative to the largest, which fills the row's height.
  const largest = Math.max(1, ...parts.legend.map((e) => (e.shape === 'circle' ? (e.size ?? 0) : 0)));
  parts.legend.forEach((e, i) => {
    if (e.shape === 'circle' || e.shape === 'ring') {
      ctx.beginPath();
      ctx.arc(x + 9, -4, e.shape === 'circle' ? Math.max(2, 7 * ((e.size ?? largest) / largest)) : 5, 0, 2 * Math.PI);
      ctx.lineWidth = e.shape === 'ring' ? 2 : 1;
      ctx.strokeStyle = e.shape === 'ring' ? e.color : 'rgba(140,45,5,.9)';
      if (e.shape === 'circle') (ctx.fillStyle = e.color), ctx.fill();
      ctx.stroke();
      ctx.lineWidth = 1;
    } else {
      ctx.fillStyle = e.color;
      ctx.fillRect(x, -10, 18, 12);
      ctx.strokeStyle = 'rgba(0,0,0,.15)';
      ctx.strokeRect(x + 0.5, -9.5, 17, 11);
    }
    ctx.fillStyle = INK;
    ctx.fillText(e.label, x + 22, 0);
    x += entryWidths[i]!;
  });
  ctx.restore();

  fitText(parts.source, PAD, top + 39, 11, '400', MUTED, width - 2 * PAD);
  const dateWidth = fitText(parts.date, width - PAD, top + 56, 11, '400', MUTED, 90, 'right');
  fitText(parts.credit, PAD, top + 56, 11, '400', MUTED, width - 3 * PAD - dateWidth);
  return out;
}

function drawInset(ctx: CanvasRenderingContext2D, d: InsetDrawing, label: string, x: number, y: number, font: string): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.fillStyle = d.sea;
  ctx.fillRect(0, 0, d.width, d.height);
  ctx.beginPath();
  ctx.rect(0, 0, d.width, d.height);
  ctx.clip();
  for (const s of d.shapes) {
    const path = new Path2D(s.d);
    ctx.fillStyle = s.fill;
    ctx.fill(path);
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = s.strokeWidth;
    ctx.stroke(path);
  }
  ctx.fillStyle = INK;
  ctx.font = `400 9px ${font}`;
  ctx.textAlign = 'right';
  ctx.fillText(label, d.width - 4, d.height - 5);
  ctx.strokeStyle = d.frame;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, 0.5, d.width - 1, d.height - 1);
  ctx.restore();
}
