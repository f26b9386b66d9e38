/**
 * In headless Debian Chromium (software WebGL): the JavaScript and data fetched before the first complete national
 * map, against the library floor (bench/floor: MapLibre and the same deck.gl modules, nothing else); the time from
 * navigation to that first map, against the drawing floor (bench/choropleth-floor: the same base map and the
 * provinces filled and outlined, nothing else); and filter → repaint latency. Part of `npm run bench`.
 */
import { join } from 'node:path';
import { compareWithFloors } from './lib/compare-floors.ts';

await compareWithFloors(join(import.meta.dirname, '..'), 'shipped');
