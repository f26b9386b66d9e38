import { describe, expect, test } from 'vitest';
import { plainText } from '../../src/cascade/copied.ts';
import { explainLink } from '../../src/cascade/explain.ts';
import { evidenceSpans } from '../../src/cascade/highlight.ts';
import { linkDocuments } from '../../src/cascade/link.ts';
import { defaultTermFinder } from '../../src/cascade/terms.ts';
import type { Link } from '../../src/cascade/types.ts';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { taskId } from './evaluate.ts';
import { shippedLinks, shippedTask } from './fixtures.ts';

const { documents, links } = shippedLinks();
const link = (l: string, u: string) => links.find((k) => k.lower === taskId(l) && k.upper === taskId(u))!;
const finder = defaultTermFinder();

describe('explainLink', () => {
  test('洋县 (5) → 陕西 2023 (9): which carries out which, and why, in Chinese and English', () => {
    const k = link('Y5', 'S9');
    const y5 = shippedTask(k.lower);
    const s9 = shippedTask(k.upper);
    const e = explainLink(k, {
      lower: { document: '洋县 2023', label: '（五）', title: y5.title },
      upper: { document: '陕西 2023', label: '（九）', title: s9.title },
    });
    expect(e.zh).toMatch(/^洋县 2023 （五） 推进县城城镇化补短板强弱项 落实 陕西 2023 （九） 推进县城补短板强弱项：都写到.*补短板强弱项/);
    expect(e.zh).toContain('标题相同');
    expect(e.zh).toContain('照录原句“发行地方政府专项债券和企业债券');
    expect(e.en).toMatch(/carries out 陕西 2023 （九） 推进县城补短板强弱项: both name .*补短板强弱项/);
    expect(e.en).toContain('they share a heading');
    expect(e.en).toMatch(/both are filed under Finance and County towns\.$/);
  });

  test('without names it gives the reasons alone, and says no more than the evidence holds', () => {
    const k = link('Y18', 'S23');
    expect(k.evidence).toMatchObject({ terms: ['英才'], sameHeading: true, copied: null, titles: [], targets: [] });
    expect(explainLink(k)).toEqual({
      zh: '都写到英才；标题相同；同属人才。',
      en: 'Both name 英才; they share a heading; both are filed under Talent.',
    });
    expect(explainLink(link('S3', 'N3')).zh).toContain('都定了农民工、补贴性培训的数量目标');
  });
});

describe('evidenceSpans', () => {
  test('each span reads a spelling of its term, in both texts of every shipped link', () => {
    for (const k of links) {
      for (const task of [shippedTask(k.lower), shippedTask(k.upper)]) {
        const spans = evidenceSpans(task, k.evidence);
        for (const term of k.evidence.terms) expect(spans.some((s) => s.evidence === term), `${term} in ${task.id}`).toBe(true);
        for (const s of spans.filter((x) => x.kind === 'term')) {
          const [hit] = finder.find(task.text.slice(s.start, s.end));
          expect([hit?.term, finder.info(hit?.term ?? '').broader]).toContain(s.evidence);
        }
      }
    }
  });

  test('the copied clause is marked where each text writes it', () => {
    const k = link('Y5', 'S9');
    for (const task of [shippedTask(k.lower), shippedTask(k.upper)]) {
      const copy = evidenceSpans(task, k.evidence).find((s) => s.kind === 'copy')!;
      expect(plainText(task.text.slice(copy.start, copy.end))).toBe(plainText(k.evidence.copied!));
    }
  });

  test('a 《title》 both cite is evidence, and marked in both', () => {
    // 洋县 (7) made to cite the notice national (10) cites (built from the shipped texts).
    const title = '《关于促进特色小镇规范健康发展意见的通知》';
    const docs: ExtractedDocument[] = documents.map((d) =>
      d.document.id !== 'yangxian-2023-work-points'
        ? d
        : { ...d, tasks: d.tasks.map((t) => (t.seq === 7 ? { ...t, text: t.text.replace('落实特色小镇清单管理制度', `落实${title}，落实特色小镇清单管理制度`) } : t)) },
    );
    const k = linkDocuments(docs).find((x) => x.lower === taskId('Y7') && x.upper === taskId('N10')) as Link;
    expect(k.evidence.titles).toEqual([title.slice(1, -1)]);
    expect(k.score).toBeGreaterThan(link('Y7', 'N10').score);
    expect(explainLink(k).zh).toContain(`都提到${title}`);
    const y7 = docs.find((d) => d.document.id === 'yangxian-2023-work-points')!.tasks[6]!;
    const span = evidenceSpans(y7, k.evidence).find((s) => s.kind === 'title')!;
    expect(y7.text.slice(span.start, span.end)).toBe(title);
  });
});
