import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { MUNICIPALITIES, levelOf, provinceOf } from '../../src/domain/admin-code.ts';
import type { CodeChange, CodeChangeTable } from '../../src/domain/code-changes.ts';
import { gcjToWgs, mapGeometry, round6 } from '../lib/datum.ts';
import { readDivisions, type Divisions } from '../lib/divisions.ts';
import { readEchartsFeatures, type SourceFeature } from '../lib/echarts-source.ts';
import { cleanGeometry } from '../lib/rings.ts';
import { splitSansha } from '../lib/south-china-sea.ts';
import { BUILD_DIR, ROOT, readJson, writeIfChanged } from '../lib/step.ts';
import type { Sources } from './01-fetch.ts';

export const CODE_CHANGES = join(ROOT, 'data', 'code-changes.json');
export const ATOMS = join(BUILD_DIR, 'atoms.geojson');
export const NORMALIZE_REPORT = join(BUILD_DIR, 'normalize-report.json');

/**
 * An atom is one source polygon after normalisation: the smallest piece the build merges. Counties are
 * merges of atoms by `county`, prefectures by `prefecture`, provinces by `province`.
 */
export interface AtomProps {
  atom: string;
  /** Current county-level code, or null for pieces drawn only at province level (Taiwan, HK, Macau, 东沙). */
  county: string | null;
  /** Code of the unit that stands for this piece in the prefecture layer (see prefectureUnitOf). */
  prefecture: string | null;
  province: string;
  srcId: string | null;
  srcName: string;
  /** Which datum the source coordinates were in. */
  datum: 'GCJ-02' | 'WGS84';
}
export type Atom = Feature<Polygon | MultiPolygon, AtomProps>;

/**
 * Taiwan's 金門縣 and 連江縣 (Matsu) files duplicate islands the mainland files already draw as 金门县
 * 350527 and part of 连江县 350122, which is where GB/T 2260 and the 2023 list put them.
 */
const DUPLICATE_FILES = new Set(['tai2_wan1_jin1_men2_xian4', 'tai2_wan1_lian2_jiang1_xian4']);

/**
 * Taiwan's 高雄市 file also draws 東沙島 and 太平島 (Taiwan administers them from 旗津區); the mainland
 * files draw the same islands as 东沙群岛 and 南沙群岛, so Taiwan keeps only what lies near the island
 * of Taiwan and 澎湖 (east of 119°E, north of 21.8°N).
 */
function withoutOffshoreIslands(g: Polygon | MultiPolygon): { geometry: Polygon | MultiPolygon | null; dropped: number } {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const near = (p: Polygon['coordinates']) => {
    const r = p[0] ?? [];
    const x = r.reduce((s, q) => s + q[0]!, 0) / r.length;
    const y = r.reduce((s, q) => s + q[1]!, 0) / r.length;
    return x >= 119 && y >= 21.8;
  };
  const kept = polys.filter(near);
  const geometry: MultiPolygon | null = kept.length ? { type: 'MultiPolygon', coordinates: kept } : null;
  return { geometry, dropped: polys.length - kept.length };
}

/**
 * Features the source ships empty, and the file of the same package that holds them: tianjin.geojson
 * has no geometry for 蓟州区 (the package's issue #3); `tianjin-fix/jixian.geojson` has it (off the
 * 1/1024° grid, hand-traced; its vertices sit closer to the neighbours as GCJ-02, so it is read as such).
 */
const SUBSTITUTES: Record<string, string> = { 'tianjin/蓟州区': 'tianjin-fix/jixian.geojson' };

/** Files whose features carry no ids: where to look their names up. */
const NAME_SCOPE: Record<string, string> = { he2_bei3_cang1_zhou1: '130900', shanghai: '310000' };

const PROVINCE_ONLY: Record<string, string> = { xianggang: '810000', aomen: '820000' };
const DONGSHA = '442100';

/**
 * The unit that stands for a county in the prefecture layer, so that layer covers the country: the
 * prefecture itself; the municipality for its districts; the unit itself for province-administered
 * county-level units (济源 419001, 仙桃 429004, 石河子 659001 …) and for prefecture-level cities without
 * counties (东莞 441900, 中山 442000, 儋州 460400).
 */
export function prefectureUnitOf(county: string): string {
  const province = provinceOf(county);
  if (MUNICIPALITIES.has(province)) return province;
  if (county.slice(2, 4) === '90' || levelOf(county) === 'prefecture') return county;
  return `${county.slice(0, 4)}00`;
}

interface Assignment {
  county: string;
  how: 'current' | 'change' | 'name';
  change?: CodeChange;
}

function assign(f: SourceFeature, table: CodeChangeTable, div: Divisions, fileScope: string | null): Assignment | null {
  const current = (code: string) => div.counties.find((c) => c.code === code);
  if (f.id) {
    const rows = table.changes.filter(
      (c) => c.old === f.id && c.geometry === 'own' && (c.oldName === f.name || c.newName === f.name),
    );
    if (rows.length === 1) return { county: rows[0]!.new, how: 'change', change: rows[0]! };
    if (rows.length > 1) throw new Error(`${f.file}: ${f.id} ${f.name} matches ${rows.length} code changes`);
    if (current(f.id)?.name === f.name) return { county: f.id, how: 'current' };
    return null;
  }
  if (!fileScope) return null;
  const inScope = (code: string) => code.startsWith(fileScope.replace(/0+$/, ''));
  const byName = div.counties.filter((c) => c.name === f.name && inScope(c.code));
  if (byName.length === 1) return { county: byName[0]!.code, how: 'name' };
  return null;
}

/** Most common 4-digit prefix among a file's ids, so an id-less feature is looked up near its siblings. */
function scopeOf(features: SourceFeature[]): string | null {
  const counts = new Map<string, number>();
  for (const f of features) if (f.id) counts.set(f.id.slice(0, 4), (counts.get(f.id.slice(0, 4)) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? `${best[0]}00` : null;
}

export function normalize(sources: Sources): void {
  const table = readJson<CodeChangeTable>(CODE_CHANGES);
  const div = readDivisions(sources.divisions.dir);
  const features = readEchartsFeatures(sources.echarts.dir);
  const byFile = new Map<string, SourceFeature[]>();
  for (const f of features) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);

  const atoms: Atom[] = [];
  const report = {
    sourceFeatures: features.length,
    skipped: [] as string[],
    byName: [] as string[],
    changed: [] as string[],
    unmatched: [] as string[],
  };
  const push = (f: SourceFeature, suffix: string, geometry: Polygon | MultiPolygon, county: string | null, province: string) => {
    const datum = f.taiwan ? 'WGS84' : 'GCJ-02';
    // Clean in source coordinates, where the 1/1024° grid makes collinearity exact; then convert, and
    // clean again for the rare vertices the conversion rounds together.
    const clean = cleanGeometry(geometry);
    if (!clean) return;
    const converted = cleanGeometry(mapGeometry(clean, f.taiwan ? (p) => [round6(p[0]!), round6(p[1]!)] : gcjToWgs));
    if (!converted) return;
    atoms.push({
      type: 'Feature',
      properties: {
        atom: `${f.file}#${f.index}${suffix}`,
        county,
        prefecture: county ? prefectureUnitOf(county) : province === '440000' ? null : province,
        province,
        srcId: f.id,
        srcName: f.name,
        datum,
      },
      geometry: converted,
    });
  };

  for (const [file, list] of byFile) {
    if (DUPLICATE_FILES.has(file)) {
      report.skipped.push(`${file} (${list.length} features): drawn by the mainland files as 350527/350122`);
      continue;
    }
    const scope = NAME_SCOPE[file] ?? scopeOf(list);
    for (const f of list) {
      const substitute = SUBSTITUTES[`${file}/${f.name}`];
      if (substitute) {
        const fc = readJson<FeatureCollection<Polygon | MultiPolygon>>(join(sources.echarts.dir, substitute));
        f.geometry = fc.features[0]!.geometry;
        report.changed.push(`${f.id} ${f.name}: empty in ${file}.geojson, geometry from ${substitute}`);
      }
      if (f.taiwan) {
        const kept = withoutOffshoreIslands(f.geometry);
        if (kept.dropped) report.skipped.push(`${file}: ${f.name}: ${kept.dropped} islands off Taiwan (東沙島, 太平島), drawn by the mainland files`);
        if (kept.geometry) push(f, '', kept.geometry, null, '710000');
        continue;
      }
      if (PROVINCE_ONLY[file]) {
        push(f, '', f.geometry, null, PROVINCE_ONLY[file]!);
        continue;
      }
      if (f.id === DONGSHA) {
        push(f, '', f.geometry, null, '440000');
        continue;
      }
      if (f.id === '460300') {
        for (const [code, g] of splitSansha(f.geometry)) push(f, `#${code}`, g, code, '460000');
        report.changed.push(`460300 三沙市 → 460321/460322/460323 by island position`);
        continue;
      }
      const a = assign(f, table, div, scope);
      if (!a) {
        report.unmatched.push(`${file}: ${f.id ?? '(no id)'} ${f.name}`);
        continue;
      }
      if (a.how === 'name') report.byName.push(`${file}: ${f.name} → ${a.county}`);
      if (a.how === 'change') report.changed.push(`${f.id} ${f.name} → ${a.county} ${a.change!.newName} (${a.change!.kind})`);
      push(f, '', f.geometry, a.county, provinceOf(a.county));
    }
  }
  if (report.unmatched.length) {
    throw new Error(`source features with no current code (add them to data/code-changes.json):\n${report.unmatched.join('\n')}`);
  }
  const fc: FeatureCollection<Polygon | MultiPolygon, AtomProps> = { type: 'FeatureCollection', features: atoms };
  writeIfChanged(ATOMS, JSON.stringify(fc));
  writeIfChanged(NORMALIZE_REPORT, `${JSON.stringify(report, null, 2)}\n`);
}
