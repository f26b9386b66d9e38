import { levelOf } from '../domain/admin-code.ts';
import type { CompositeKind } from '../domain/region.ts';
import type { PlaceKind } from '../domain/task.ts';
import type { AdminEntry, Gazetteer, LexiconEntry, Match } from './gazetteer.ts';

export interface FoundPlace {
  name: string;
  fullName: string;
  code: string | null;
  townCode?: string;
  regionId?: string | null;
  kind: PlaceKind;
  start: number;
  end: number;
}

export interface PlaceContext {
  gazetteer: Gazetteer;
  /** The issuing region's code (null for national documents). */
  regionCode: string | null;
  /** Ranges not to read (responsibility parentheticals), except `allow` inside them. */
  skip: Array<[number, number]>;
  allow: Array<[number, number]>;
}

/**
 * Short forms that are also everyday words, or that form across word boundaries in common phrases
 * (城镇安置 → 镇安, 以上城乡 → 上城, 延长产业链 → 延长). They count only in a list next to another place
 * (江山、常山、开化).
 */
const WEAK_SHORT = new Set([
  '新城', '城区', '城中', '城关', '城东', '城西', '城南', '城北', '东区', '西区', '南区', '北区', '中区', '市中', '新市', '新建',
  '资源', '振兴', '合作', '公安', '友好', '富裕', '惠民', '复兴', '安居', '民权', '会同', '富民', '安宁', '宽城', '通城', '双城',
  '港口', '古城', '平原', '大城', '和平', '新华', '红旗', '向阳', '平安', '太平', '长寿', '永安', '安定', '新兴', '延长', '镇安',
  '上城', '长安', '江北', '江山', '东方', '中山', '大同', '来宾', '白银', '阿里', '四平', '红河', '山南', '海东', '海北', '海西',
  '兴安', '黄南', '白水', '黄龙', '宝塔', '太白', '石泉', '白河', '横山', '紫阳', '山阳', '平利', '金台', '印台', '未央', '天台',
  '三门', '镇海', '路桥', '滨江', '临海', '南湖', '高安', '镇平', '迁安', '上高', '洪洞', '惠安', '普陀', '清河', '永和', '开发',
]);

/** Official names that are also common nouns: read only right after their own city (西安市新城区). */
const WEAK_FULL = new Set(['城区', '郊区', '矿区', '老城区', '新城区', '城中区', '市中区', '新区', '东区', '西区', '南区', '北区', '高新区', '开发区']);

/** A place name followed by these is part of another name: 鄂尔多斯盆地, 钱塘江, 延安路. */
const NOT_A_UNIT_AFTER = /^(?:盆地|平原|沙地|高原|山脉|流域|水库|江|河|湖|路|大道|大街|街|巷)/;

/** Suffixes that turn a place into a composite region: 西安都市圈, 关中平原城市群, 西咸新区. */
const COMPOSITE_SUFFIX: Array<[RegExp, CompositeKind]> = [
  [/^(?:平原)?城市群/, 'cluster'],
  [/^(?:地区)?双城经济圈/, 'cluster'],
  [/^大湾区/, 'cluster'],
  [/^都市圈/, 'metro'],
  [/^都市区/, 'metro'],
  [/^(?:新区|示范区)/, 'zone'],
  [/^(?:接合片区|片区|试验区|先行区)/, 'pilot'],
];

const LEVEL_RANK: Record<string, number> = { province: 0, prefecture: 1, county: 2, town: 3 };
const LIST_GAP = /^[、，,和与及至]$/;

interface Candidate {
  entry: LexiconEntry;
  start: number;
  end: number;
  weak: boolean;
}

/** Every place a task's text names, in order of mention (a place named twice appears twice). */
export function findPlaces(text: string, ctx: PlaceContext): FoundPlace[] {
  const { gazetteer } = ctx;
  const townCounty = ctx.regionCode && levelOf(ctx.regionCode) === 'county' ? ctx.regionCode : null;
  // Two digits: the province prefix of every code inside it.
  const docProvince = ctx.regionCode ? ctx.regionCode.slice(0, 2) : null;
  const blocked = blockedScratch(text.length);
  for (const [s, e] of ctx.skip) blocked.fill(1, s, e);
  for (const [s, e] of ctx.allow) blocked.fill(0, s, e);
  const found: Candidate[] = [];

  for (let i = 0; i < text.length; ) {
    if (blocked[i]) {
      i++;
      continue;
    }
    const next = gazetteer.nextMatchAt(text, i, townCounty);
    if (next > i) {
      i = next;
      continue;
    }
    let matches: Match[] = gazetteer.matchesAt(text, i);
    if (townCounty) {
      const towns = gazetteer.townMatchesAt(townCounty, text, i);
      if (towns.length) matches = [...matches, ...towns].sort((a, b) => b.length - a.length);
    }
    if (matches.length === 0) {
      i++;
      continue;
    }
    let taken: Candidate | null = null;
    for (const m of matches) {
      const prev = found[found.length - 1];
      const parent = prev && prev.end === i && prev.entry.type === 'admin' ? prev.entry.code : null;
      taken = choose(m, text, i, { docProvince, townCounty, parent });
      if (taken) break;
    }
    if (!taken) {
      i++;
      continue;
    }
    const composite = taken.entry.type === 'admin' ? compositeAfter(text, taken) : null;
    found.push(composite ?? taken);
    i = (composite ?? taken).end;
  }

  // Weak readings stand only in a list: beside a firm reading (江山、常山), or in a run of three or more names
  // (杭绍、杭嘉、甬绍、甬舟) — never alone (延长农业产业链, 城镇安置).
  const chainOf = new Array<number>(found.length);
  const chainSize: number[] = [];
  const chainFirm: boolean[] = [];
  for (let k = 0; k < found.length; k++) {
    const linked = k > 0 && LIST_GAP.test(text.slice(found[k - 1]!.end, found[k]!.start));
    if (!linked) {
      chainSize.push(0);
      chainFirm.push(false);
    }
    const c = chainSize.length - 1;
    chainOf[k] = c;
    chainSize[c]!++;
    if (!found[k]!.weak) chainFirm[c] = true;
  }
  const kept = found.filter((c, k) => !c.weak || chainFirm[chainOf[k]!] || chainSize[chainOf[k]!]! >= 3);

  return kept.map((c) => toPlace(c, text, gazetteer));
}

let scratch = new Uint8Array(4096);

/** A zeroed mask of `n` positions, reused between calls: a fresh typed array per task showed in profiles. */
function blockedScratch(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  return scratch.fill(0, 0, n);
}

function choose(
  m: Match,
  text: string,
  i: number,
  ctx: { docProvince: string | null; townCounty: string | null; parent: string | null },
): Candidate | null {
  const surface = text.slice(i, i + m.length);
  const after = text.slice(i + m.length, i + m.length + 2);
  const partOfName = NOT_A_UNIT_AFTER.test(after) && !COMPOSITE_SUFFIX.some(([re]) => re.test(text.slice(i + m.length, i + m.length + 8)));
  // The best reading so far, and whether another unit ties with it (an ambiguous name is not resolved at all).
  let best: { entry: LexiconEntry; rank: number; weak: boolean } | null = null;
  let tied = false;
  for (const entry of m.values) {
    let rank: number;
    let weak: boolean;
    if (entry.type === 'composite') {
      // Two-character aliases (杭绍, 甬舟) also occur inside other words (义甬舟): only in a list of places.
      rank = -1;
      weak = surface.length <= 2;
    } else {
      if (partOfName) continue;
      const underParent = ctx.parent !== null && isWithin(entry.code, ctx.parent);
      const verdict = admit(entry, surface, after, underParent, ctx);
      if (!verdict) continue;
      rank = underParent ? -0.5 : verdict.rank;
      weak = verdict.weak;
    }
    if (!best || rank < best.rank) {
      best = { entry, rank, weak };
      tied = false;
    } else if (rank === best.rank && keyOf(entry) !== keyOf(best.entry)) {
      tied = true;
    }
  }
  if (!best || tied) return null;
  return { entry: best.entry, start: i, end: i + m.length, weak: best.weak };
}

/** Whether `code` lies inside the unit `ancestor` (a county in its city or province). */
function isWithin(code: string, ancestor: string): boolean {
  if (code === ancestor) return false;
  if (ancestor.endsWith('0000')) return code.startsWith(ancestor.slice(0, 2));
  if (ancestor.endsWith('00')) return code.startsWith(ancestor.slice(0, 4));
  return false;
}

/** Whether an administrative reading is allowed here, and how likely it is (lower rank wins). */
function admit(
  e: AdminEntry,
  surface: string,
  after: string,
  underParent: boolean,
  ctx: { docProvince: string | null; townCounty: string | null },
): { rank: number; weak: boolean } | null {
  const inProvince = ctx.docProvince !== null && e.code.startsWith(ctx.docProvince);
  const nearness = ctx.townCounty && e.code === ctx.townCounty ? 0 : inProvince ? 1 : 2;
  const rank = nearness * 10 + LEVEL_RANK[e.level]!;
  if (underParent) return { rank, weak: false };
  if (!e.short && WEAK_FULL.has(surface)) return null;
  const weak = e.short && WEAK_SHORT.has(surface);
  switch (e.level) {
    case 'province':
      return { rank, weak: false };
    case 'prefecture':
      // Another province's city by its short name is more often a word (陕南平川 → 南平): list context only.
      return { rank, weak: weak || (e.short && ctx.docProvince !== null && !inProvince) };
    case 'town':
      return { rank, weak };
    case 'county':
      if (inProvince) return { rank, weak };
      // Outside the document's province only an official name counts, and only in a list of places: 资源县统筹
      // is 资源 + 县统筹, not 资源县 in Guangxi.
      if (e.short || surface.length < 3 || after.startsWith('域')) return null;
      return { rank, weak: true };
  }
}

/** First characters of the composite suffixes: most places are followed by none of them. */
const COMPOSITE_SUFFIX_START = new Set('平城地双大都新示接片试先');

function compositeAfter(text: string, c: Candidate): Candidate | null {
  if (!COMPOSITE_SUFFIX_START.has(text[c.end] ?? '')) return null;
  const rest = text.slice(c.end, c.end + 8);
  for (const [re, kind] of COMPOSITE_SUFFIX) {
    const m = re.exec(rest);
    if (!m) continue;
    const name = text.slice(c.start, c.end + m[0].length);
    return { entry: { type: 'composite', regionId: null, name, kind }, start: c.start, end: c.end + m[0].length, weak: false };
  }
  return null;
}

function toPlace(c: Candidate, text: string, gazetteer: Gazetteer): FoundPlace {
  const name = text.slice(c.start, c.end);
  const e = c.entry;
  if (e.type === 'composite') return { name, fullName: e.name, code: null, regionId: e.regionId, kind: e.kind, start: c.start, end: c.end };
  const place: FoundPlace = { name, fullName: gazetteer.displayName(e), code: e.code, kind: e.level, start: c.start, end: c.end };
  if (e.townCode) place.townCode = e.townCode;
  return place;
}

function keyOf(e: LexiconEntry): string {
  return e.type === 'composite' ? `c:${e.regionId ?? e.name}` : `a:${e.code}:${e.townCode ?? ''}`;
}
