import { CATEGORIES } from '../domain/categories.ts';
import type { Link, LinkEvidence } from './types.ts';

/** A task as a sentence names it: `陕西 2023 (九) 推进县城补短板强弱项`. */
export interface NamedTask {
  /** The document's short name (陕西 2023, 国家 2022). */
  document: string;
  /** As written in the document: (九), 3．. */
  label: string;
  title: string;
}

/** One sentence, in both languages of the atlas. */
export interface Explanation {
  zh: string;
  en: string;
}

/** Copies longer than this are shown cut, with an ellipsis: the sentence is a reason, not a quotation. */
const COPY_SHOWN = 30;

const cut = (s: string) => (s.length > COPY_SHOWN ? `${s.slice(0, COPY_SHOWN)}…` : s);
const label = (id: string, lang: 'zh' | 'en') => CATEGORIES.find((c) => c.id === id)?.[lang] ?? id;

function reasonsZh(e: LinkEvidence): string[] {
  const out: string[] = [];
  if (e.terms.length > 0) out.push(`都写到${e.terms.join('、')}`);
  if (e.titles.length > 0) out.push(`都提到${e.titles.map((t) => `《${t}》`).join('')}`);
  if (e.copied) out.push(`照录原句“${cut(e.copied)}”`);
  if (e.sameHeading) out.push('标题相同');
  if (e.targets.length > 0) out.push(`都定了${e.targets.map((t) => t.split('·')[0]).join('、')}的数量目标`);
  if (e.categories.length > 0) out.push(`同属${e.categories.map((c) => label(c, 'zh')).join('、')}`);
  return out;
}

function reasonsEn(e: LinkEvidence): string[] {
  const out: string[] = [];
  if (e.terms.length > 0) out.push(`both name ${list(e.terms)}`);
  if (e.titles.length > 0) out.push(`both cite ${list(e.titles.map((t) => `《${t}》`))}`);
  if (e.copied) out.push(`both write “${cut(e.copied)}” word for word`);
  if (e.sameHeading) out.push('they share a heading');
  if (e.targets.length > 0) out.push(`both set a number for ${list(e.targets.map((t) => t.split('·')[0]!))}`);
  if (e.categories.length > 0) out.push(`both are filed under ${list(e.categories.map((c) => label(c, 'en')))}`);
  return out;
}

function list(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/**
 * Why a link exists, in a sentence a planner can check against the two texts: the shared terms, a cited title,
 * a copied clause, a shared heading, targets of one kind, categories. With the tasks named, the sentence says
 * which carries out which; without, it gives the reasons alone.
 */
export function explainLink(link: Link, names?: { lower: NamedTask; upper: NamedTask }): Explanation {
  const zh = reasonsZh(link.evidence).join('；');
  const en = reasonsEn(link.evidence).join('; ');
  if (!names) return { zh: `${zh}。`, en: `${en.charAt(0).toUpperCase()}${en.slice(1)}.` };
  const n = (t: NamedTask) => `${t.document} ${t.label} ${t.title}`;
  return {
    zh: `${n(names.lower)} 落实 ${n(names.upper)}：${zh}。`,
    en: `${n(names.lower)} carries out ${n(names.upper)}: ${en}.`,
  };
}
