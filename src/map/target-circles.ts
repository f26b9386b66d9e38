import type { Map as MapLibreMap } from 'maplibre-gl';
import { memoLast } from '../lib/memo.ts';

export interface TargetSymbol {
  code: string;
  position: [number, number];
  /** Quantitative targets set for the region under the current filters. */
  targets: number;
}

export interface TargetCircles {
  /** The circles of the view; the same array again changes nothing. */
  set(symbols: readonly TargetSymbol[]): void;
  /** Paints the circles shown now onto a canvas of the map at `scale` × its CSS size (the PNG export). */
  paint(ctx: CanvasRenderingContext2D, scale: number): void;
}

const FILL = 'rgba(217, 72, 15, 0.43)';
const STROKE = 'rgba(160, 50, 10, 0.86)';
/** The radius, in CSS pixels, of the region with the most targets. */
const MAX_RADIUS = 22;

const maxTargets = memoLast((symbols: readonly TargetSymbol[]) => Math.max(1, ...symbols.map((s) => s.targets)));

/** Proportional circles: area ∝ the number of targets, never smaller than 3 px. */
function circleRadius(targets: number, max: number): number {
  return Math.max(3, Math.sqrt(targets) * (MAX_RADIUS / Math.sqrt(Math.max(1, max))));
}

/**
 * The regions' target circles, drawn with the browser's 2D canvas above the deck.gl canvas and below the names,
 * again on every camera move. Not a deck.gl ScatterplotLayer: that was one more shader program in the first map's
 * frame, ~0.4 s to compile in software WebGL (npm run bench), for at most a few hundred circles that a 2D canvas
 * draws in a millisecond or two. Larger circles are drawn first, so a small one beside them stays visible.
 */
export function createTargetCircles(map: MapLibreMap): TargetCircles {
  const canvas = document.createElement('canvas');
  canvas.className = 'map-circles';
  // What the circles say, the panel and the legend say in words; to assistive technology the map is one image.
  canvas.setAttribute('aria-hidden', 'true');
  // A control in the corner deck.gl's canvas is in, added before the names: above the overlay, below the names.
  map.addControl({ onAdd: () => canvas, onRemove: () => canvas.remove() }, 'top-left');
  const ctx = canvas.getContext('2d')!;
  let symbols: readonly TargetSymbol[] = [];
  let ordered: TargetSymbol[] = [];

  const draw = (target: CanvasRenderingContext2D, scale: number) => {
    const max = maxTargets(symbols);
    target.fillStyle = FILL;
    target.strokeStyle = STROKE;
    target.lineWidth = scale;
    for (const s of ordered) {
      const p = map.project(s.position);
      target.beginPath();
      target.arc(p.x * scale, p.y * scale, circleRadius(s.targets, max) * scale, 0, 2 * Math.PI);
      target.fill();
      target.stroke();
    }
  };
  const redraw = () => {
    const el = map.getContainer();
    const ratio = devicePixelRatio;
    const [w, h] = [el.clientWidth, el.clientHeight];
    if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
    }
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (ordered.length) draw(ctx, ratio);
  };
  map.on('move', redraw);
  map.on('resize', redraw);

  return {
    set(next) {
      if (next === symbols) return;
      symbols = next;
      ordered = [...next].sort((a, b) => b.targets - a.targets);
      redraw();
    },
    paint(target, scale) {
      target.save();
      draw(target, scale);
      target.restore();
    },
  };
}
