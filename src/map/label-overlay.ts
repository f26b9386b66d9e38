import type { Map as MapLibreMap } from 'maplibre-gl';
import { placeLabels, type LabelBox } from './label-placement.ts';

export interface RegionLabel {
  key: string;
  position: [number, number];
  text: string;
  /** Larger regions win label collisions. */
  priority: number;
}

export interface LabelOverlay {
  /** The labels of the view at `size` CSS pixels; the same array again changes nothing. */
  set(labels: readonly RegionLabel[], size: number): void;
  /** Paints the labels shown now onto a canvas of the map at `scale` × its CSS size (the PNG export). */
  paint(ctx: CanvasRenderingContext2D, scale: number): void;
}

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const INK = 'rgb(30, 38, 48)';
const HALO = 'rgba(255, 255, 255, 0.9)';

/**
 * Region names as text above the deck.gl canvas, placed on every camera move; colliding names give way to those of
 * larger regions (label-placement.ts). Browser text rather than a deck.gl TextLayer: the system's CJK font without a
 * glyph atlas, sharp at any pixel ratio, and no text shader, whose compile cost ~0.6 s of the first map in software
 * WebGL (npm run bench). At most a few dozen names are on a view, so moving them is cheap.
 */
export function createLabelOverlay(map: MapLibreMap): LabelOverlay {
  const host = document.createElement('div');
  host.className = 'map-labels';
  // The names repeat what the panel, tooltip and search say; to assistive technology the map is one image.
  host.setAttribute('aria-hidden', 'true');
  // A control in the corner deck.gl's canvas is in, added after it: above the overlay, below the other controls.
  map.addControl({ onAdd: () => host, onRemove: () => host.remove() }, 'top-left');

  let labels: readonly RegionLabel[] = [];
  let size = 0;
  let items: { label: RegionLabel; el: HTMLElement; w: number; h: number }[] = [];
  let shown = new Set<string>();
  const anchors = new Map<string, { x: number; y: number }>();

  const place = () => {
    const el = map.getContainer();
    host.style.width = `${el.clientWidth}px`;
    host.style.height = `${el.clientHeight}px`;
    const boxes: LabelBox[] = items.map(({ label, w, h }) => {
      const p = map.project(label.position);
      anchors.set(label.key, p);
      return { key: label.key, x: p.x, y: p.y, w, h, priority: label.priority };
    });
    shown = placeLabels(boxes, { width: el.clientWidth, height: el.clientHeight });
    for (const { label, el: span, w, h } of items) {
      const visible = shown.has(label.key);
      span.hidden = !visible;
      if (!visible) continue;
      const p = anchors.get(label.key)!;
      span.style.transform = `translate(${(p.x - w / 2).toFixed(1)}px, ${(p.y - h / 2).toFixed(1)}px)`;
    }
  };
  map.on('move', place);
  map.on('resize', place);

  return {
    set(next, nextSize) {
      if (next === labels && nextSize === size) return;
      labels = next;
      size = nextSize;
      host.style.fontSize = `${size}px`;
      host.style.fontFamily = FONT;
      const spans = labels.map((label) => {
        const span = document.createElement('span');
        span.textContent = label.text;
        return span;
      });
      host.replaceChildren(...spans);
      // One layout for all the sizes, read together after the spans are in.
      items = labels.map((label, i) => ({ label, el: spans[i]!, w: spans[i]!.offsetWidth, h: spans[i]!.offsetHeight }));
      place();
    },
    paint(ctx, scale) {
      ctx.save();
      ctx.font = `${size * scale}px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.lineJoin = 'round';
      ctx.lineWidth = 3 * scale;
      ctx.strokeStyle = HALO;
      ctx.fillStyle = INK;
      for (const { label } of items) {
        const p = anchors.get(label.key);
        if (!shown.has(label.key) || !p) continue;
        ctx.strokeText(label.text, p.x * scale, p.y * scale);
        ctx.fillText(label.text, p.x * scale, p.y * scale);
      }
      ctx.restore();
    },
  };
}
