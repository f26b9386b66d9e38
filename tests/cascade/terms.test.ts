import { describe, expect, test } from 'vitest';
import { TermWeights } from '../../src/cascade/idf.ts';
import { LINK_RULES } from '../../src/cascade/score.ts';
import { taskFeatures } from '../../src/cascade/features.ts';
import { TermFinder, defaultTermFinder } from '../../src/cascade/terms.ts';
import { shippedLinks, shippedTask } from './fixtures.ts';

const finder = defaultTermFinder();
const termsOf = (text: string) => finder.find(text).map((h) => h.term);

describe('TermFinder', () => {
  test('a spelling belongs to one term only, and a broader term must exist', () => {
    expect(() => new TermFinder(['落户|户口迁移', '户口迁移'])).toThrow(/户口迁移 belongs to both/);
    expect(() => new TermFinder(['关中平原城市群>城市群'])).toThrow(/unknown 城市群/);
  });

  test('the longest term wins where two start, so the specific hides the general inside it', () => {
    expect(termsOf('扩大保障性租赁住房供给')).toEqual(['保障性租赁住房']);
    expect(termsOf('加快改造城镇老旧小区，推进老旧厂区改造')).toEqual(['老旧小区', '老旧厂区']);
  });

  test('quotation marks and spaces do not break a term, and hits point into the text as written', () => {
    const z5 = shippedTask('zhejiang-2023-work-points/5');
    const hits = finder.find(z5.text).filter((h) => h.term === '人地挂钩');
    expect(hits.map((h) => z5.text.slice(h.start, h.end))).toEqual(['人地钱”挂钩', '人地挂钩']);
    expect(termsOf('积极推行“实际工作 + 实际居住”落户')).toEqual(['实际工作+实际居住', '落户']);
  });

  test('推进, 加快 and other words every plan uses are no terms: a task is its lines of work', () => {
    expect(termsOf('推进加快健全完善加强深化推动')).toEqual([]);
    expect(termsOf(shippedTask('yangxian-2023-work-points/5').title)).toEqual(['补短板强弱项']);
  });
});

describe('task features', () => {
  test('a responsibility note names departments, not lines of work: 省文物局 is no 文物', () => {
    const c22 = shippedTask('shaanxi-2022-county-towns/22');
    expect(c22.departments).toContain('省文物局');
    expect(termsOf(c22.text)).toContain('革命文物');
    expect(taskFeatures(c22, finder).terms.has('革命文物')).toBe(false);
  });

  test('a specific term also counts as its broader one (关中平原城市群 is a 城市群)', () => {
    const f = taskFeatures(shippedTask('shaanxi-2023-key-tasks/6'), finder);
    expect(f.terms.has('关中平原城市群')).toBe(true);
    expect(f.headingTerms.has('城市群')).toBe(true);
  });

  test('a target\'s counted noun is a kind of target: 补贴性培训 in 人次 in 洋县 (3) and 陕西 (3)', () => {
    for (const id of ['yangxian-2023-work-points/3', 'shaanxi-2023-key-tasks/3']) {
      expect(taskFeatures(shippedTask(id), finder).targetKinds).toContain('补贴性培训·people');
    }
  });
});

describe('term weights', () => {
  test('a term every task mentions weighs nothing; one in a single task weighs ln N', () => {
    const w = new TermWeights();
    for (let i = 0; i < 10; i++) w.add(i === 0 ? ['推进', '都市圈'] : ['推进']);
    expect(w.weight('推进')).toBe(0);
    expect(w.weight('都市圈')).toBeCloseTo(Math.log(10));
  });

  test('no link rests on a term most tasks of the shipped documents mention', () => {
    const { documents, links } = shippedLinks();
    const tasks = documents.flatMap((d) => d.tasks.map((t) => taskFeatures(t, finder).terms));
    const df = (term: string) => tasks.filter((terms) => terms.has(term)).length;
    const terms = new Set(links.flatMap((k) => k.evidence.terms));
    for (const term of terms) expect(Math.log(tasks.length / df(term)), term).toBeGreaterThanOrEqual(LINK_RULES.minTermWeight);
  });
});
