// The library floor: the same map libraries and layer types the app uses, and nothing else.
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { MapboxOverlay } from '@deck.gl/mapbox';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({ container: 'map', style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#dce9f2' } }] } });
map.once('idle', () => document.documentElement.setAttribute('data-map-ready', ''));
map.addControl(
  new MapboxOverlay({
    interleaved: false,
    layers: [
      new GeoJsonLayer({ id: 'g', data: [] }),
      new ScatterplotLayer({ id: 's', data: [] }),
    ],
  }),
);
