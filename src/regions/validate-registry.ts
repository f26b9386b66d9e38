import { ancestorsOf, isAdminCode } from '../domain/admin-code.ts';
import { COMPOSITE_KINDS, type CompositeKind, type CompositeMember, type DefiningSource } from '../domain/region.ts';
import { normalizeName } from './normalize-name.ts';
import { isPlanDate } from './plan-date.ts';
import type { RegistryRegion, RegistryVersion } from './registry-types.ts';

type Obj = Record<string, unknown>;

/**
 * Checks registry JSON and returns it typed, or throws one error listing every problem found.
 *
 * Shape: each field's type, ids, kinds, dates (`YYYY[-MM[-DD]]`), six-digit member codes. Consistency: region and
 * version ids unique; every zh name and alias unique across the registry after {@link normalizeName}; a version's
 * `name` is one of its region's names; versions in strictly increasing `validFrom`; no member listed twice or inside
 * another member of the same version (a county and its prefecture); `parent` names an existing region; a version may
 * have no members only if its region is some region's parent (it is drawn through its children).
 *
 * It cannot check that a code exists: that needs the GB/T 2260 list, which the tests read.
 */
export function validateRegistry(input: unknown): RegistryRegion[] {
  const problems: string[] = [];
  if (!Array.isArray(input)) throw new Error('composite registry: expected an array of regions');
  const regions = input.map((r, i) => parseRegion(r, `regions[${i}]`, problems));
  if (problems.length === 0) checkConsistency(regions, problems);
  if (problems.length > 0) throw new Error(`composite registry is invalid:\n- ${problems.join('\n- ')}`);
  return regions;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const VERSION_ID = /^[a-z0-9]+(-[a-z0-9]+)*@[0-9a-z-]+$/;

function parseRegion(raw: unknown, at: string, problems: string[]): RegistryRegion {
  const r = asObject(raw, at, problems);
  const id = str(r, 'id', at, problems);
  if (id && !ID.test(id)) problems.push(`${at}.id ${JSON.stringify(id)} is not kebab-case`);
  const where = id ? `${at} (${id})` : at;
  const kind = str(r, 'kind', where, problems) as CompositeKind;
  if (kind && !COMPOSITE_KINDS.includes(kind)) problems.push(`${where}.kind ${JSON.stringify(kind)} is not one of ${COMPOSITE_KINDS.join(', ')}`);
  const aliases = strArray(r, 'aliases', where, problems);
  const parent = optStr(r, 'parent', where, problems);
  const versionsRaw = r['versions'];
  const versions: RegistryVersion[] = [];
  if (!Array.isArray(versionsRaw) || versionsRaw.length === 0) problems.push(`${where}.versions must be a non-empty array`);
  else versionsRaw.forEach((v, i) => versions.push(parseVersion(v, `${where}.versions[${i}]`, problems)));
  const region: RegistryRegion = { id, zh: str(r, 'zh', where, problems), en: str(r, 'en', where, problems), kind, aliases, versions };
  if (parent !== undefined) region.parent = parent;
  return region;
}

function parseVersion(raw: unknown, at: string, problems: string[]): RegistryVersion {
  const v = asObject(raw, at, problems);
  const id = str(v, 'id', at, problems);
  if (id && !VERSION_ID.test(id)) problems.push(`${at}.id ${JSON.stringify(id)} is not <region-id>@<tag>`);
  const validFrom = str(v, 'validFrom', at, problems);
  if (validFrom && !isPlanDate(validFrom)) problems.push(`${at}.validFrom ${JSON.stringify(validFrom)} is not YYYY[-MM[-DD]]`);
  const membersRaw = v['members'];
  const members: CompositeMember[] = [];
  if (!Array.isArray(membersRaw)) problems.push(`${at}.members must be an array`);
  else membersRaw.forEach((m, i) => members.push(parseMember(m, `${at}.members[${i}]`, problems)));
  const version: RegistryVersion = { id, validFrom, source: parseSource(v['source'], `${at}.source`, problems), members };
  const note = optStr(v, 'note', at, problems);
  if (note !== undefined) version.note = note;
  const name = optStr(v, 'name', at, problems);
  if (name !== undefined) version.name = name;
  if (v['unverified'] !== undefined) {
    if (typeof v['unverified'] !== 'boolean') problems.push(`${at}.unverified must be a boolean`);
    else version.unverified = v['unverified'];
  }
  if (v['publishedAreaKm2'] !== undefined) {
    const area = v['publishedAreaKm2'];
    if (typeof area !== 'number' || !(area > 0)) problems.push(`${at}.publishedAreaKm2 must be a positive number`);
    else version.publishedAreaKm2 = area;
    const src = optStr(v, 'publishedAreaSource', at, problems);
    if (!src) problems.push(`${at}.publishedAreaKm2 needs a publishedAreaSource`);
    else version.publishedAreaSource = src;
  }
  if (v['evidence'] !== undefined) version.evidence = strArray(v, 'evidence', at, problems);
  return version;
}

function parseSource(raw: unknown, at: string, problems: string[]): DefiningSource {
  const s = asObject(raw, at, problems);
  const source: DefiningSource = { title: str(s, 'title', at, problems), issuer: str(s, 'issuer', at, problems), date: str(s, 'date', at, problems) };
  if (source.date && !isPlanDate(source.date)) problems.push(`${at}.date ${JSON.stringify(source.date)} is not YYYY[-MM[-DD]]`);
  const docNumber = optStr(s, 'docNumber', at, problems);
  if (docNumber !== undefined) source.docNumber = docNumber;
  const where = optStr(s, 'where', at, problems);
  if (where !== undefined) source.where = where;
  return source;
}

function parseMember(raw: unknown, at: string, problems: string[]): CompositeMember {
  const m = asObject(raw, at, problems);
  const code = str(m, 'code', at, problems);
  if (code && !isAdminCode(code)) problems.push(`${at}.code ${JSON.stringify(code)} is not a six-digit code`);
  const member: CompositeMember = { code, name: str(m, 'name', at, problems) };
  if (m['partial'] !== undefined) {
    if (typeof m['partial'] !== 'boolean') problems.push(`${at}.partial must be a boolean`);
    else member.partial = m['partial'];
  }
  const note = optStr(m, 'note', at, problems);
  if (note !== undefined) member.note = note;
  return member;
}

function checkConsistency(regions: RegistryRegion[], problems: string[]): void {
  const regionIds = new Set<string>();
  const versionIds = new Set<string>();
  const names = new Map<string, string>();
  const parents = new Set(regions.flatMap((r) => (r.parent ? [r.parent] : [])));
  for (const r of regions) {
    if (regionIds.has(r.id)) problems.push(`region id ${r.id} is used twice`);
    regionIds.add(r.id);
    for (const name of [r.zh, ...r.aliases]) {
      const key = normalizeName(name);
      const owner = names.get(key);
      if (owner !== undefined) problems.push(`name ${JSON.stringify(name)} of ${r.id} is also a name of ${owner}`);
      else names.set(key, r.id);
    }
    const own = new Set([r.zh, ...r.aliases].map(normalizeName));
    r.versions.forEach((v, i) => {
      if (versionIds.has(v.id)) problems.push(`version id ${v.id} is used twice`);
      versionIds.add(v.id);
      if (!v.id.startsWith(`${r.id}@`)) problems.push(`version ${v.id} should start with ${r.id}@`);
      const prev = r.versions[i - 1];
      if (prev && !(prev.validFrom < v.validFrom)) problems.push(`${r.id}: versions must be in increasing validFrom (${prev.validFrom} then ${v.validFrom})`);
      if (v.name !== undefined && !own.has(normalizeName(v.name))) problems.push(`${v.id}: name ${JSON.stringify(v.name)} is not the zh name or an alias of ${r.id}`);
      if (v.members.length === 0 && !parents.has(r.id)) problems.push(`${v.id} has no members and no child regions`);
      checkMembers(v, problems);
    });
  }
  for (const r of regions) {
    if (r.parent === undefined) continue;
    if (r.parent === r.id) problems.push(`${r.id} is its own parent`);
    else if (!regionIds.has(r.parent)) problems.push(`${r.id}: parent ${r.parent} is not in the registry`);
  }
}

function checkMembers(v: RegistryVersion, problems: string[]): void {
  const codes = new Set<string>();
  for (const m of v.members) {
    if (codes.has(m.code)) problems.push(`${v.id}: member ${m.code} ${m.name} is listed twice`);
    codes.add(m.code);
  }
  for (const m of v.members) {
    const container = ancestorsOf(m.code).find((a) => codes.has(a));
    if (container) problems.push(`${v.id}: member ${m.code} ${m.name} lies inside member ${container}`);
  }
}

function asObject(raw: unknown, at: string, problems: string[]): Obj {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return raw as Obj;
  problems.push(`${at} must be an object`);
  return {};
}

function str(o: Obj, key: string, at: string, problems: string[]): string {
  const v = o[key];
  if (typeof v === 'string' && v.length > 0) return v;
  problems.push(`${at}.${key} must be a non-empty string`);
  return '';
}

function optStr(o: Obj, key: string, at: string, problems: string[]): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v === 'string' && v.length > 0) return v;
  problems.push(`${at}.${key} must be a non-empty string when present`);
  return undefined;
}

function strArray(o: Obj, key: string, at: string, problems: string[]): string[] {
  const v = o[key];
  if (Array.isArray(v) && v.every((s) => typeof s === 'string' && s.length > 0)) return v as string[];
  problems.push(`${at}.${key} must be an array of non-empty strings`);
  return [];
}
