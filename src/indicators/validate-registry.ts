import { DOCUMENT_LEVELS, type DocumentLevel } from '../domain/document.ts';
import { compilePattern } from './pattern-language.ts';
import type { Indicator, IndicatorPattern, IndicatorSource, IndicatorUnit } from './types.ts';

type Obj = Record<string, unknown>;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Checks data/indicators.json and returns its indicators compiled, or throws one error listing every problem:
 * field types, kebab-case ids unique, kind and better known, units non-empty and unique, a rate counted in %,
 * aliases onto a unit of the indicator, patterns that compile and place the quantity, pattern units among the
 * indicator's, `broader` naming another indicator.
 */
export function validateRegistry(input: unknown): Indicator[] {
  const problems: string[] = [];
  const list = (input as Obj | null)?.['indicators'];
  if (!Array.isArray(list)) throw new Error('indicator registry: expected { indicators: [...] }');
  const out = list.map((raw, i) => parseIndicator(raw, `indicators[${i}]`, problems));
  const ids = new Set<string>();
  for (const ind of out) {
    if (ids.has(ind.id)) problems.push(`indicator id ${ind.id} is used twice`);
    ids.add(ind.id);
  }
  for (const ind of out) if (ind.broader !== undefined && (!ids.has(ind.broader) || ind.broader === ind.id)) problems.push(`${ind.id}.broader names no other indicator`);
  if (problems.length > 0) throw new Error(`indicator registry is invalid:\n- ${problems.join('\n- ')}`);
  return out;
}

function parseIndicator(raw: unknown, at: string, problems: string[]): Indicator {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Obj;
  const str = (key: string, required = true): string => {
    const v = r[key];
    if (typeof v === 'string' && v !== '') return v;
    if (required || v !== undefined) problems.push(`${at}.${key} must be a non-empty string`);
    return '';
  };
  const id = str('id');
  if (id && !ID.test(id)) problems.push(`${at}.id ${JSON.stringify(id)} is not kebab-case`);
  const where = id ? `${at} (${id})` : at;
  const kind = str('kind');
  if (kind !== 'rate' && kind !== 'count') problems.push(`${where}.kind must be rate or count`);
  const better = str('better');
  if (better !== 'higher' && better !== 'lower') problems.push(`${where}.better must be higher or lower`);
  const units = parseUnits(r['units'], where, problems);
  const names = new Set(units.map((u) => u.unit));
  if (kind === 'rate' && !names.has('%')) problems.push(`${where}: a rate is counted in %`);
  const unitAliases = parseAliases(r['unitAliases'], names, where, problems);
  const patterns = parseList(r['patterns'], `${where}.patterns`, problems).map((p, i) => parsePattern(p, names, `${where}.patterns[${i}]`, problems));
  if (patterns.length === 0) problems.push(`${where}.patterns must not be empty`);
  const exclude = parseList(r['exclude'] ?? [], `${where}.exclude`, problems).flatMap((p, i) => {
    const re = compile(p, `${where}.exclude[${i}]`, problems);
    return re ? [re] : [];
  });
  const ind: Indicator = { id, zh: str('zh'), en: str('en'), kind: kind as Indicator['kind'], better: better as Indicator['better'], units, unitAliases, patterns, exclude };
  const broader = str('broader', false);
  if (broader) ind.broader = broader;
  const note = str('note', false);
  if (note) ind.note = note;
  if (r['source'] !== undefined) ind.source = parseSource(r['source'], `${where}.source`, problems);
  return ind;
}

function parseList(raw: unknown, at: string, problems: string[]): unknown[] {
  if (Array.isArray(raw)) return raw;
  problems.push(`${at} must be an array`);
  return [];
}

function parseUnits(raw: unknown, at: string, problems: string[]): IndicatorUnit[] {
  const units = parseList(raw, `${at}.units`, problems).map((u) => u as Obj);
  if (units.length === 0) problems.push(`${at}.units must not be empty`);
  const ok = units.filter((u) => ['unit', 'zh', 'en'].every((k) => typeof u[k] === 'string' && u[k] !== ''));
  if (ok.length !== units.length) problems.push(`${at}.units: each needs unit, zh and en`);
  const out = ok.map((u) => ({ unit: u['unit'] as string, zh: u['zh'] as string, en: u['en'] as string }));
  if (new Set(out.map((u) => u.unit)).size !== out.length) problems.push(`${at}.units lists a unit twice`);
  return out;
}

function parseAliases(raw: unknown, names: Set<string>, at: string, problems: string[]): Record<string, string> {
  if (raw === undefined) return {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${at}.unitAliases must be an object`);
    return {};
  }
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(raw as Obj)) {
    if (typeof to !== 'string' || !names.has(to)) problems.push(`${at}.unitAliases.${from} must name one of the indicator's units`);
    else out[from] = to;
  }
  return out;
}

function parsePattern(raw: unknown, names: Set<string>, at: string, problems: string[]): IndicatorPattern {
  const r: Obj = typeof raw === 'string' ? { re: raw } : ((raw ?? {}) as Obj);
  const source = typeof r['re'] === 'string' ? r['re'] : '';
  const re = compile(source, at, problems) ?? /$^/u;
  const p: IndicatorPattern = { source, re };
  if (r['units'] !== undefined) {
    p.units = parseList(r['units'], `${at}.units`, problems).filter((u): u is string => typeof u === 'string');
    if (p.units.length === 0 || p.units.some((u) => !names.has(u))) problems.push(`${at}.units must list units of the indicator`);
  }
  if (r['levels'] !== undefined) {
    p.levels = parseList(r['levels'], `${at}.levels`, problems).filter((l): l is DocumentLevel => DOCUMENT_LEVELS.includes(l as DocumentLevel));
    if (p.levels.length === 0) problems.push(`${at}.levels must list document levels (${DOCUMENT_LEVELS.join(', ')})`);
  }
  return p;
}

function compile(source: unknown, at: string, problems: string[]): RegExp | null {
  if (typeof source !== 'string' || source === '') {
    problems.push(`${at} must be a pattern string`);
    return null;
  }
  try {
    return compilePattern(source);
  } catch (err) {
    problems.push(`${at}: ${(err as Error).message}`);
    return null;
  }
}

function parseSource(raw: unknown, at: string, problems: string[]): IndicatorSource {
  const r = (raw ?? {}) as Obj;
  const get = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  const title = get('title');
  const issuer = get('issuer');
  const date = get('date');
  if (!title || !issuer || !date) problems.push(`${at} needs title, issuer and date`);
  const s: IndicatorSource = { title: title ?? '', issuer: issuer ?? '', date: date ?? '' };
  const docNumber = get('docNumber');
  if (docNumber) s.docNumber = docNumber;
  const where = get('where');
  if (where) s.where = where;
  if (r['unverified'] === true) s.unverified = true;
  return s;
}
