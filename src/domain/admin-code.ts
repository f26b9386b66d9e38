/** Administrative levels of GB/T 2260 codes, plus the nation. */
export type AdminLevel = 'country' | 'province' | 'prefecture' | 'county';

export const CHINA_CODE = '100000';

/**
 * Province-level units whose counties hang directly off the province: the four municipalities. Their
 * prefecture digits (xx01, xx02) are bookkeeping, not real prefectures.
 */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(['110000', '120000', '310000', '500000']);

/** Normalises a code-like input to six digits, or throws a readable error. */
export function toAdminCode(input: string | number): string {
  const s = String(input).trim();
  if (!/^\d{6}$/.test(s)) throw new Error(`invalid administrative code: ${JSON.stringify(input)}`);
  return s;
}

export function isAdminCode(input: unknown): input is string {
  return typeof input === 'string' && /^\d{6}$/.test(input);
}

/** Level of a six-digit code, from its zero suffix. 100000 is the nation. */
export function levelOf(code: string): AdminLevel {
  if (code === CHINA_CODE) return 'country';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/**
 * Prefecture of a county code. Province-administered county-level units (xx90xx, e.g. 济源 419001, 仙桃
 * 429004) and the counties of municipalities have none: the province stands in for it.
 */
export function prefectureOf(code: string): string | null {
  const level = levelOf(code);
  if (level === 'country' || level === 'province') return null;
  if (MUNICIPALITIES.has(provinceOf(code))) return null;
  if (code.slice(2, 4) === '90') return null;
  return `${code.slice(0, 4)}00`;
}

/** Codes of the units containing `code`, nearest first, ending at the nation. */
export function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  const level = levelOf(code);
  if (level === 'country') return out;
  if (level === 'county') {
    const pref = prefectureOf(code);
    if (pref) out.push(pref);
  }
  if (level !== 'province') out.push(provinceOf(code));
  out.push(CHINA_CODE);
  return out;
}
