import type { DocumentLevel, RegionRef } from '../domain/document.ts';
import type { ExtractedDocument } from '../domain/task.ts';
import { ancestorsOf, levelOf } from '../domain/admin-code.ts';
import { parseChineseNumeral } from './chinese-numerals.ts';
import type { AdminEntry, Gazetteer } from './gazetteer.ts';
import type { StructuredParagraph } from './structure.ts';

/** What the front matter tells of a document: the extraction's document fields that the text can supply. */
export type InferredMetadata = Pick<ExtractedDocument['document'], 'title' | 'issuer' | 'date' | 'year' | 'docNumber' | 'level' | 'region'>;

const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号/g;
const DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const CN_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
/** The last word of a body's name: 人民政府, 办公厅, 发展和改革委员会, 发展改革委, 公安厅, 财政部, 国务院. */
const BODY_END = /(?:政府|办公厅|办公室|委员会|委|厅|局|部|院|署|管委会|领导小组|小组|中心|党委|省委|市委|县委)$/;
const TITLE_WORDS = /关于|方案|意见|通知|要点|规划|计划|办法|任务|决定|纲要|措施|细则|规定/;

/**
 * What a document says about itself: the title (of the attachment a covering notice hands on, or the heading
 * block at the top), the signing body and date (before the body, or signed at the end), the document's own
 * 〔year〕number (a number cited in brackets is someone else's), and from the issuer's name its level and region.
 */
export function inferMetadata(paragraphs: StructuredParagraph[], gazetteer: Gazetteer): InferredMetadata {
  const front = paragraphs.filter((p) => p.role === 'preamble').map((p) => p.text);
  const trailer = paragraphs.filter((p) => p.role === 'trailer').map((p) => p.text);
  const docNumber = ownDocNumber(front);
  const signed = signature(front) ?? signature(trailer.slice(-8));
  const title = titleOf(front, paragraphs);
  const issuer = signed?.issuer ?? issuerFromTitle(front, title);
  const { level, region } = levelFromIssuer(issuer ?? title, gazetteer);
  const yearInTitle = /((?:19|20)\d{2})年/.exec(title)?.[1];
  const yearOfNumber = docNumber ? /〔((?:19|20)\d{2})〕/.exec(docNumber)?.[1] : undefined;
  const yearText = yearInTitle ?? signed?.date?.slice(0, 4) ?? yearOfNumber;
  return { title, issuer, date: signed?.date ?? null, year: yearText ? Number(yearText) : null, docNumber, level, region };
}

/** The document's own number: on a line of its own or leading a line, never inside a citation's brackets. */
function ownDocNumber(lines: string[]): string | null {
  for (const line of lines) {
    for (const m of line.matchAll(DOC_NUMBER)) {
      const before = line.slice(0, m.index).trimEnd();
      if (/[（(]$/.test(before)) continue;
      if (m.index === 0 || line.length <= 30) return m[0].replace(/\s+/g, '');
    }
  }
  return null;
}

/** A date line (Arabic or Chinese numerals) and the body named on the line before it. */
function signature(lines: string[]): { date: string; issuer: string | null } | null {
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.length > 20) continue;
    const date = dateOf(line);
    if (!date) continue;
    const prev = lines[k - 1]?.replace(/\s+/g, '');
    return { date, issuer: prev && prev.length <= 30 && BODY_END.test(prev) ? prev : null };
  }
  return null;
}

function dateOf(line: string): string | null {
  const m = DATE.exec(line);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const c = CN_DATE.exec(line);
  if (!c) return null;
  const [year, month, day] = [c[1]!.replace(/○/g, '〇'), c[2]!, c[3]!].map(parseChineseNumeral) as [number, number, number];
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function titleOf(front: string[], paragraphs: StructuredParagraph[]): string {
  const text = front.join('\n');
  const quoted = /(?:将|印发|关于)《([^》]{6,60})》/.exec(text)?.[1] ?? /^《([^》]{6,60})》(?:已经|经)/m.exec(text)?.[1];
  const title = quoted ?? unwrapNotice(headBlock(front)) ?? headingBeforeBody(paragraphs) ?? front[0] ?? '';
  return title.replace(/[\s*#]+/g, '');
}

/** "X关于印发Y的通知" is the covering notice of Y. */
function unwrapNotice(title: string | null): string | null {
  if (!title) return null;
  return /关于印发(.{4,60}?)的通知$/.exec(title)?.[1] ?? title;
}

/** The title set at the top of the page, possibly over several lines (河南省人民政府 / 关于深化… / 实 施 意 见). */
function headBlock(front: string[]): string | null {
  const lines: string[] = [];
  for (const raw of front.slice(0, 6)) {
    const line = raw.replace(/^[#\s*]+|[\s*]+$/g, '');
    if (line.length > 40 || /[，。：；,:;]/.test(line) || DOC_NUMBER.test(line) || dateOf(line)) break;
    lines.push(line.replace(/[\s\u3000]+/g, ''));
  }
  DOC_NUMBER.lastIndex = 0;
  const joined = lines.join('');
  return lines.length > 0 && TITLE_WORDS.test(joined) ? joined : null;
}

function headingBeforeBody(paragraphs: StructuredParagraph[]): string | null {
  const first = paragraphs.findIndex((p) => p.role !== 'preamble');
  const front = paragraphs.slice(0, first < 0 ? paragraphs.length : first);
  // The last short lines before the body's first paragraph of prose, joined (titles wrap onto two lines).
  const lines: string[] = [];
  for (let k = front.length - 1; k >= 0; k--) {
    const t = front[k]!.text;
    const furniture = dateOf(t) !== null || /^[（(]此件|^附件[:：]?$/.test(t) || (t.length <= 30 && new RegExp(`^${DOC_NUMBER.source}$`).test(t));
    if (t.length > 40 || /[。，,：:]/.test(t) || furniture) {
      if (lines.length) break;
      continue;
    }
    lines.unshift(t);
    if (lines.length === 2) break;
  }
  return lines.length ? lines.join('') : null;
}

/** The body a title starts with (国务院办公厅关于…), or the one before 印发 in the notice's first lines. */
function issuerFromTitle(front: string[], title: string): string | null {
  const top = (headBlock(front) ?? '') + '\n' + front.slice(0, 3).join('\n');
  for (const source of [top, title]) {
    const m = /^[#\s*]*([\u4e00-\u9fff]{2,24}?)(?:关于|印发)/m.exec(source);
    if (m && BODY_END.test(m[1]!)) return m[1]!;
  }
  return null;
}

/**
 * Level and region from the issuer's name: national bodies (国务院…, 国家…, a ministry), else the division its name
 * starts with, read as a chain (西安市新城区 is 610102, not another 新城区); an ambiguous name gives no region.
 */
export function levelFromIssuer(text: string, gazetteer: Gazetteer): { level: DocumentLevel | null; region: RegionRef | null } {
  const name = text.replace(/^中共/, '');
  if (/^(?:国家|国务院|中共中央|中央|全国|最高人民)/.test(text) || /^(?:国务院|国家)?[\u4e00-\u9fff]{1,8}部$/.test(name) && !gazetteer.matchesAt(name, 0).length) {
    return { level: 'national', region: null };
  }
  let candidates: AdminEntry[] = [];
  let i = 0;
  for (;;) {
    const matches = gazetteer.matchesAt(name, i).filter((m) => m.values.some((e) => e.type === 'admin' && e.level !== 'town'));
    const longest = matches.sort((a, b) => b.length - a.length)[0];
    if (!longest) break;
    const here = longest.values.filter((e): e is AdminEntry => e.type === 'admin' && e.level !== 'town');
    const within = candidates.length ? here.filter((e) => candidates.some((c) => ancestorsOf(e.code).includes(c.code))) : here;
    if (within.length === 0) break;
    candidates = within;
    i += longest.length;
  }
  const codes = [...new Set(candidates.map((c) => c.code))];
  if (codes.length !== 1) return { level: null, region: null };
  const lvl = levelOf(codes[0]!);
  const level: DocumentLevel = lvl === 'province' ? 'province' : lvl === 'prefecture' ? 'prefecture' : 'county';
  return { level, region: { code: codes[0]!, name: candidates[0]!.name } };
}
