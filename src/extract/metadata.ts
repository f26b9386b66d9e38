import type { DocumentLevel, RegionRef } from '../domain/document.ts';
import type { ExtractedDocument } from '../domain/task.ts';
import { levelOf } from '../domain/admin-code.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { StructuredParagraph } from './structure.ts';

/** What the front matter tells of a document: the extraction's document fields that the text can supply. */
export type InferredMetadata = Pick<ExtractedDocument['document'], 'title' | 'issuer' | 'date' | 'year' | 'docNumber' | 'level' | 'region'>;

const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号/;
const DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/**
 * What a document says about itself in its front matter: the title in 《…》 of the covering notice or the
 * heading before the body, the signing body on the line before the date, the date, the 〔year〕number, and
 * from the issuer's name its level and region.
 */
export function inferMetadata(paragraphs: StructuredParagraph[], gazetteer: Gazetteer): InferredMetadata {
  const front = paragraphs.filter((p) => p.role === 'preamble');
  const frontText = front.map((p) => p.text).join('\n');

  const docNumber = DOC_NUMBER.exec(frontText)?.[0].replace(/\s+/g, '') ?? null;
  let date: string | null = null;
  let issuer: string | null = null;
  for (let k = 0; k < front.length; k++) {
    const m = DATE.exec(front[k]!.text);
    if (!m || front[k]!.text.length > 20) continue;
    date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    const prev = front[k - 1]?.text;
    if (prev && prev.length <= 30 && /(?:委员会|委|厅|局|办公室|政府|部)$/.test(prev)) issuer = prev;
    break;
  }

  const quoted = /(?:将|印发|关于)《([^》]{6,60})》/.exec(frontText)?.[1];
  const heading = headingBeforeBody(paragraphs);
  const title = (quoted ?? heading ?? front[0]?.text ?? '').replace(/\s+/g, '');

  const issuerText = issuer ?? /^(.{2,20}?)(?:关于印发|印发)/.exec(frontText)?.[1] ?? null;
  const { level, region } = levelFromIssuer(issuerText ?? title, gazetteer);
  const yearInTitle = /((?:19|20)\d{2})年/.exec(title)?.[1];
  const year = yearInTitle ? Number(yearInTitle) : date ? Number(date.slice(0, 4)) : null;
  return { title, issuer: issuer ?? issuerText, date, year, docNumber, level, region };
}

function headingBeforeBody(paragraphs: StructuredParagraph[]): string | null {
  const first = paragraphs.findIndex((p) => p.role !== 'preamble');
  const front = paragraphs.slice(0, first < 0 ? paragraphs.length : first);
  // The last short lines before the body's first paragraph of prose, joined (titles wrap onto two lines).
  const lines: string[] = [];
  for (let k = front.length - 1; k >= 0; k--) {
    const t = front[k]!.text;
    if (t.length > 40 || /[。，,：:]/.test(t)) {
      if (lines.length) break;
      continue;
    }
    lines.unshift(t);
    if (lines.length === 2) break;
  }
  return lines.length ? lines.join('') : null;
}

function levelFromIssuer(text: string, gazetteer: Gazetteer): { level: DocumentLevel | null; region: RegionRef | null } {
  if (/^(?:国家|国务院|中共中央|中央|国家发展改革委|国家发改委)/.test(text)) return { level: 'national', region: null };
  const m = gazetteer.matchesAt(text, 0).flatMap((x) => x.values).find((e) => e.type === 'admin' && e.level !== 'town');
  if (!m || m.type !== 'admin') return { level: null, region: null };
  const lvl = levelOf(m.code);
  const level: DocumentLevel = lvl === 'province' ? 'province' : lvl === 'prefecture' ? 'prefecture' : 'county';
  return { level, region: { code: m.code, name: m.name } };
}
