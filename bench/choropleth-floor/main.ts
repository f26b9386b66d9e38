// The drawing floor: the least a first national map can be with these libraries. MapLibre draws the same offline
// base map as the app; deck.gl draws the provinces filled and outlined from the same file. No labels, symbols,
// composite outlines, data joins or interface. bench/browser.ts times it like the app.
import { GeoJsonLayer } from '@deck.gl/layers';
import { MapboxOverlay } from '@deck.gl/mapbox';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { loadNational } from '../../src/io/boundaries.ts';
import { baseStyle } from '../../src/map/base-style.ts';
import { CHINA_BOUNDS } from '../../src/map/china-bounds.ts';

maplibregl.setWorkerUrl(workerUrl);
const national = await loadNational();
const map = new maplibregl.Map({ container: 'map', style: baseStyle(national.land, national.neighbours), bounds: CHINA_BOUNDS, fitBoundsOptions: { padding: 20 } });
let layersSet = false;
const overlay = new MapboxOverlay({
  interleaved: false,
  layers: [],
  onAfterRender: () => {
    if (!layersSet) return;
    layersSet = false;
    // As the app does (src/map/map-view.ts): a settled map would not render, nor report 'idle', by itself.
    map.once('idle', () => document.documentElement.setAttribute('data-map-ready', ''));
    map.triggerRepaint();
  },
});
map.addControl(overlay);
map.once('load', () => {
  layersSet = true;
  overlay.setProps({
    layers: [
      new GeoJsonLayer({
        id: 'provinces',
        data: national.provinces,
        filled: true,
        stroked: true,
        getFillColor: (f) => [40, 120 + (Number(f.properties.code.slice(0, 2)) * 7) % 120, 160, 235],
        getLineColor: [120, 128, 140, 200],
        getLineWidth: 1,
        lineWidthUnits: 'pixels',
        pickable: true,
      }),
    ],
  });
});
