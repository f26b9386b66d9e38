/**
 * What the extractor makes of the real documents in ../shared/corpus (other issuers, other years; see its
 * README): per document its sections, tasks, framing items, departments with roles, and targets. The folder
 * is read in place, never copied; without it the report says so and is skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DepartmentRole, ExtractedDocument } from '../src/domain/task.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import type { Gazetteer } from '../src/extract/gazetteer.ts';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

const ROLE_MARK: Record<DepartmentRole, string> = { lead: '牵头', support: '参与', guide: '指导', resp: '负责' };

function describe(file: string, doc: ExtractedDocument): string[] {
  const targets = doc.tasks.reduce((n, t) => n + t.targets.length, 0);
  const headline = (doc.framing ?? []).flatMap((f) => f.targets);
  const roles = new Map<string, DepartmentRole>();
  for (const t of doc.tasks) t.departments.forEach((d, k) => roles.set(d, roles.get(d) === 'lead' ? 'lead' : t.roles?.[k] ?? 'resp'));
  const count = (r: DepartmentRole) => doc.tasks.reduce((n, t) => n + (t.roles ?? []).filter((x) => x === r).length, 0);
  const out = [
    `  ${file}`,
    `    ${doc.sections.length} sections, ${doc.tasks.length} tasks, ${doc.framing?.length ?? 0} framing items, ${roles.size} departments (task × body: ${count('lead')} lead, ${count('support')} support, ${count('guide')} guide, ${count('resp')} resp), ${targets} task targets, ${headline.length} headline targets`,
    `    framing: ${(doc.framing ?? []).map((f) => `${f.label}${f.title} (${f.kind})`).join(', ') || '—'}`,
  ];
  if (headline.length) out.push(`    headline: ${headline.map((t) => `${t.quantity}→${t.deadline ?? '?'}`).join(', ')}`);
  for (const t of doc.tasks) {
    const depts = t.departments.map((d, k) => `${d}${t.roles?.[k] === 'resp' ? '' : `[${ROLE_MARK[t.roles?.[k] ?? 'resp']}]`}`).join('、');
    const tg = t.targets.map((x) => `${x.quantity}→${x.deadline ?? '?'}`).join(', ');
    out.push(`    ${t.label.padEnd(5)} ${t.title.slice(0, 24).padEnd(24, '　')} ${depts || '—'}${tg ? ` | ${tg}` : ''}${t.items?.length ? ` | ${t.items.length} items` : ''}`);
  }
  return out;
}

export function corpusReport(gazetteer: Gazetteer): string[] {
  if (!existsSync(CORPUS_DIR)) return ['documents of ../shared/corpus: folder absent, skipped'];
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
  const out = ['documents of ../shared/corpus (not built on; [牵头] lead, [参与] support, [指导] guide, bare: responsible)'];
  for (const file of files) {
    try {
      out.push(...describe(file, extractDocument(readFileSync(join(CORPUS_DIR, file)), { gazetteer })));
    } catch (err) {
      out.push(`  ${file}: ${(err as Error).message}`);
    }
  }
  return out;
}
