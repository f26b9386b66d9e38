/**
 * Responsible bodies, read from the parentheticals that close a task or each of its clauses:
 * （省公安厅，各设区市人民政府、杨凌示范区管委会按职责分工负责，下同）, (省公安厅牵头,省人力社保厅按职责负责),
 * (公安部、发展改革委、各省级有关部门等负责。以下任务均需各省级有关部门落实,不再列出).
 */

export interface DepartmentGroup {
  /** Offsets in the task text of the whole parenthetical, brackets included. */
  start: number;
  end: number;
  /** Bodies as written, in order. */
  departments: string[];
  /** Bodies the note says every following task also involves (以下任务均需…落实). */
  standing: string[];
  /** Items that name a place acting as a responsible government (杭州市, 西安市政府), with their offsets. */
  items: Array<{ text: string; start: number; end: number }>;
  /** The opening bracket was lost in scraping; the group starts at the sentence before the closing one. */
  opened: boolean;
}

const OPEN = '（(';
const CLOSE = '）)';

// Characters and words a body's name ends with. Single characters are deliberately few: 社 or 会 end words
// such as 人力资源社会保障厅's 社会, so they only count inside longer endings (供销社, 管委会).
const DEPT_END =
  /(?:部|委|局|厅|办|院|队|署|会|中心|政府|集团|银行|分行|公司|单位|部门|机构|供销社|联社|工商联|残联|联席会议|办公室|街道|市|县|区|州|盟)$/;

/** Ends a body's name and may be directly followed by another body's (县卫健局人社局). */
const SPLIT_AFTER = /(?:部|局|厅|办|队|署|中心|政府|集团|管委会|委员会|办公室|(?<![省县市区党])委)$/;

const DUTY_TAIL = /(?:等)?(?:按职责分工负责|按职责负责|分工负责|负责|牵头|配合|参与)$|等$/;

function clean(item: string): string {
  let s = item.trim().replace(/^[由和及与]/, '');
  for (let i = 0; i < 3; i++) s = s.replace(DUTY_TAIL, '').trim();
  return s;
}

function isDepartmentLike(s: string): boolean {
  return s.length >= 2 && s.length <= 30 && DEPT_END.test(s);
}

/** Top-level bracket groups of a text; an unmatched closing bracket opens at the last sentence end. */
function bracketGroups(text: string): Array<{ start: number; end: number; opened: boolean }> {
  const out: Array<{ start: number; end: number; opened: boolean }> = [];
  const stack: number[] = [];
  let sentenceStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) stack.push(i);
    else if (c === 0xff09 || c === 0x29) {
      if (stack.length > 0) {
        const s = stack.pop()!;
        if (stack.length === 0) out.push({ start: s, end: i + 1, opened: false });
      } else {
        out.push({ start: sentenceStart, end: i + 1, opened: true });
      }
    } else if ((c === 0x3002 || c === 0xff1b || c === 0x3b) && stack.length === 0) {
      sentenceStart = i + 1;
    }
  }
  return out;
}

/** Splits at top-level 、，,；; and 以及, keeping nested brackets whole. Returns items with offsets. */
function splitItems(text: string, base: number): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let depth = 0;
  let from = 0;
  const push = (to: number) => {
    if (to > from) out.push({ text: text.slice(from, to), start: base + from });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '、，,；;'.includes(ch)) {
      push(i);
      from = i + 1;
    } else if (depth === 0 && text.startsWith('以及', i)) {
      push(i);
      from = i + 2;
      i++;
    }
  }
  push(text.length);
  return out;
}

/**
 * Splits run-together names that lost their 、 in scraping: 县委网信办行政审批局县经贸局 → 县委网信办, 行政审批局,
 * 县经贸局; 县文旅局各镇街道 → 县文旅局, 各镇街道. A tail that begins with a place (人民银行西安分行,
 * 生态环境局洋县分局, 国家统计局浙江调查总队) is a branch of the same body and stays joined.
 */
function splitRunOn(name: string, places: PlaceTests): string[] {
  for (let k = name.length - 3; k >= 2; k--) {
    const left = name.slice(0, k);
    const right = name.slice(k);
    const countyHere = right.startsWith('县') && [1, 2, 3, 4].some((j) => k - j >= 0 && places.isPlaceName(name.slice(k - j, k + 1)));
    const newItem = right.startsWith('各') || (right.startsWith('县') && !countyHere);
    const leftEnds = left.length >= 3 && SPLIT_AFTER.test(left);
    if ((leftEnds || newItem) && isDepartmentLike(right) && right.length >= 3 && !places.isPlacePrefix(right)) {
      return [...splitRunOn(left, places), ...splitRunOn(right, places)];
    }
  }
  return [name];
}

/**
 * A run-on that ends in a known body and starts with the stem of another (发改住建局 → 发改, 住建局;
 * 卫健民政局 → 卫健, 民政局): the 局、 between them was lost in scraping. The stem is kept as written.
 */
function splitKnown(name: string, known?: ReadonlySet<string>): string[] {
  if (!known) return [name];
  for (const k of known) {
    if (k.length >= name.length || !name.endsWith(k)) continue;
    const stem = name.slice(0, name.length - k.length);
    const stemKnown = stem.length >= 2 && (known.has(stem) || known.has(`${stem}局`) || known.has(`县${stem}局`));
    if (stemKnown) return [stem, k];
  }
  return [name];
}

interface PlaceTests {
  /** True when the text at the start of `s` is a place name (浙江, 西安, 洋县). */
  isPlacePrefix: (s: string) => boolean;
  /** True when `s` is exactly a place name. */
  isPlaceName: (s: string) => boolean;
}

export interface DepartmentOptions extends PlaceTests {
  /** Bodies already seen written cleanly in this document, used to cut a name out of a run-on sentence. */
  known?: ReadonlySet<string>;
}

/** A responsibility note as found in the text, before its names are resolved against the document's. */
export interface DepartmentNote {
  start: number;
  end: number;
  opened: boolean;
  standing: string[];
  /** Cleaned items (负责, 牵头 … removed), with their offsets. */
  items: Array<{ text: string; start: number }>;
}

/**
 * Finds the responsibility parentheticals of one task's text. Independent of the rest of the document, so it
 * runs once per task; {@link resolveDepartmentNote} then reads the names with what the document has taught.
 */
export function findDepartmentNotes(text: string): DepartmentNote[] {
  const notes: DepartmentNote[] = [];
  for (const g of bracketGroups(text)) {
    // Responsibility notes close a clause: they sit at the end or right before 。；，.
    const after = text.slice(g.end).trimStart()[0];
    if (after !== undefined && !'。；;，,'.includes(after) && !(g.opened && /[\u4e00-\u9fff]/.test(after))) continue;
    const innerStart = g.opened ? g.start : g.start + 1;
    const inner = text.slice(innerStart, g.end - 1);
    const standing: string[] = [];
    let offset = innerStart;
    const candidates: Array<{ text: string; start: number }> = [];
    for (const sentence of inner.split(/[。；;]/)) {
      const note = /^以下(?:各项)?任务均需(.+?)落实/.exec(sentence);
      // 各市、县(市、区)人民政府 is one body (every city and county government), so the note is not split at 、.
      if (note && isDepartmentLike(clean(note[1]!))) standing.push(clean(note[1]!));
      else if (!/^下同$/.test(sentence.trim())) candidates.push(...splitItems(sentence, offset));
      offset += sentence.length + 1;
    }
    let items = candidates
      .map((c) => {
        const cleaned = clean(c.text);
        return { text: cleaned, start: c.start + Math.max(0, c.text.indexOf(cleaned)) };
      })
      .filter((c) => c.text.length > 0 && c.text !== '下同');
    if (g.opened) {
      // Without an opening bracket the note may start in the task's own prose: keep the trailing run of names.
      // One-character leftovers (局) sit inside the run; they are dropped later.
      let k = items.length;
      while (k > 0 && (isDepartmentLike(items[k - 1]!.text) || items[k - 1]!.text.length === 1)) k--;
      items = items.slice(k);
    }
    if (items.length === 0) continue;
    notes.push({ start: g.start, end: g.end, opened: g.opened, standing, items });
  }
  return notes;
}

/** Reads the bodies of one note; null when it turns out not to name bodies at all. */
export function resolveDepartmentNote(note: DepartmentNote, opts: DepartmentOptions): DepartmentGroup | null {
  let items = note.items;
  const first = items[0];
  if (note.opened && first && first.text.length > 8) {
    // The first name may be run into its sentence: cut it out where a known name ends it.
    const parts = splitRunOn(first.text, opts);
    const allNames = parts.every((p) => isDepartmentLike(p) && p.length <= 10);
    const tail = allNames ? first.text : longestKnownSuffix(first.text, opts.known);
    items = tail ? [{ text: tail, start: first.start + first.text.length - tail.length }, ...items.slice(1)] : items.slice(1);
  }
  if (items.length === 0) return null;
  const likeShare = items.filter((i) => isDepartmentLike(i.text) || /[（(]/.test(i.text)).length / items.length;
  if (likeShare < 0.6) return null;

  const departments: string[] = [];
  for (const item of items) {
    // 省发展改革委（省能源局）: the bracketed body is responsible too.
    const nested = /^(.+?)[（(](.+?)[）)]$/.exec(item.text);
    for (const n of nested ? [nested[1]!, nested[2]!] : [item.text]) {
      for (const part of splitRunOn(n, opts).flatMap((p) => splitKnown(p, opts.known))) {
        const repaired = repairFragment(part, opts.known);
        if (repaired) departments.push(repaired);
      }
    }
  }
  return {
    // A note that lost its opening bracket covers only its names, not the task's sentence before them.
    start: note.opened ? items[0]!.start : note.start,
    end: note.end,
    departments: unique(departments),
    standing: note.standing,
    items: items.map((i) => ({ text: i.text, start: i.start, end: i.start + i.text.length })),
    opened: note.opened,
  };
}

/** Finds and reads the responsibility parentheticals of one task's text. */
export function findDepartmentGroups(text: string, opts: DepartmentOptions): DepartmentGroup[] {
  return findDepartmentNotes(text)
    .map((n) => resolveDepartmentNote(n, opts))
    .filter((g): g is DepartmentGroup => g !== null);
}

/** A one-character leftover (局) is noise; a two-character stem (发改) is kept if a known body starts with it. */
function repairFragment(name: string, known?: ReadonlySet<string>): string | null {
  if (name.length < 2) return null;
  if (isDepartmentLike(name)) return name;
  if (known) for (const k of known) if (k.startsWith(name) || k.startsWith(`县${name}`)) return name;
  return name.length <= 12 ? name : null;
}

function longestKnownSuffix(s: string, known?: ReadonlySet<string>): string | null {
  let best: string | null = null;
  if (known) for (const k of known) if (s.endsWith(k) && (!best || k.length > best.length)) best = k;
  return best;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
