import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Longer than the slowest frame we have seen at 2× (software WebGL in the browser tests: a few seconds). */
const CAPTURE_TIMEOUT_MS = 30_000;

/**
 * The map as drawn now, base map and deck.gl overlay in one canvas, at `scale` × the map's CSS size.
 *
 * Both canvases are briefly switched to `scale` device pixels per CSS pixel (MapLibre's `setPixelRatio`, deck's
 * `useDevicePixels`), so the export is sharp rather than an upscaled screen. MapLibre keeps its drawing buffer
 * (create-map.ts) and is read once it is idle at the new size. deck.gl is read inside its own `onAfterRender`,
 * right after a frame at the new size, when the buffer is certainly valid; `_animate` makes it draw every frame
 * until then, since a changed pixel ratio alone does not mark it for a redraw. Everything is put back afterwards.
 */
export async function captureMap(map: MapLibreMap, overlay: MapboxOverlay, scale: number, onAfterRender: () => void): Promise<HTMLCanvasElement> {
  const el = map.getContainer();
  const out = document.createElement('canvas');
  out.width = Math.round(el.clientWidth * scale);
  out.height = Math.round(el.clientHeight * scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const ratioBefore = map.getPixelRatio();

  let mapIdle = false;
  const drawn = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the map did not finish drawing')), CAPTURE_TIMEOUT_MS);
    map.once('idle', () => (mapIdle = true));
    overlay.setProps({
      useDevicePixels: scale,
      _animate: true,
      onAfterRender: () => {
        const deckCanvas = overlay.getCanvas();
        if (!mapIdle || !deckCanvas || deckCanvas.width < Math.floor(el.clientWidth * scale)) return;
        ctx.drawImage(map.getCanvas(), 0, 0, out.width, out.height);
        ctx.drawImage(deckCanvas, 0, 0, out.width, out.height);
        clearTimeout(timer);
        resolve();
      },
    });
  });
  map.setPixelRatio(scale);
  map.triggerRepaint();
  try {
    await drawn;
  } finally {
    // The overlay's own handler back (map-view.ts marks its frames with it).
    overlay.setProps({ useDevicePixels: true, _animate: false, onAfterRender });
    // null returns MapLibre to following window.devicePixelRatio (its documented "no override").
    map.setPixelRatio(ratioBefore === devicePixelRatio ? (null as unknown as number) : ratioBefore);
  }
  return out;
}
