import { describe, expect, it } from 'vitest';
import { countyFiles, features, readJson } from './load.ts';

interface Published {
  code: string;
  name: string;
  km2: number;
  tolerance: number;
  source: string;
}

const published = readJson<{ units: Published[] }>('tests/geo/published-areas.json').units;
const all = [
  ...features('china.topo.json', 'provinces'),
  ...features('china.topo.json', 'prefectures'),
  ...countyFiles().flatMap((f) => features(f, 'counties')),
];

describe('areas', () => {
  it.each(published)('$name ($code) is within tolerance of its published area', ({ code, name, km2, tolerance }) => {
    const f = all.find((x) => x.properties.code === code);
    expect(f?.properties.name).toBe(name);
    const error = (f!.properties.area_km2 - km2) / km2;
    expect(Math.abs(error), `${name}: drawn ${f!.properties.area_km2} km², published ${km2} km²`).toBeLessThan(tolerance);
  });

  it('adds up to China’s ~9.6 million km² of land', () => {
    const provinces = features('china.topo.json', 'provinces');
    const total = provinces.reduce((s, f) => s + f.properties.area_km2, 0);
    expect(total).toBeGreaterThan(9.4e6);
    expect(total).toBeLessThan(9.8e6);
  });
});
