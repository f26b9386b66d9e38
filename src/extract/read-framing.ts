import type { FramingItem, Target } from '../domain/task.ts';
import { findDeadlines } from './deadlines.ts';
import { framingKind } from './framing.ts';
import { toTarget, type ReadContext } from './read-task.ts';
import type { SectionHead, StructuredParagraph } from './structure.ts';
import { findTargets } from './targets.ts';

/** The targets of the cleaned range [start, end), read from `bodyStart` on. */
function rangeTargets(ctx: ReadContext, start: number, end: number, bodyStart: number): Target[] {
  const text = ctx.cleaned.text.slice(start, end);
  const toSpan = (a: number, b: number) => ctx.cleaned.toOriginal(start + a, start + b);
  return findTargets(text, { bodyStart: bodyStart - start, deadlines: findDeadlines(text, ctx.year), skip: [], planYear: ctx.planYear }).map((t) => toTarget(t, toSpan));
}

/**
 * A section that frames the work and holds no numbered items (二、发展目标 with its paragraphs): one framing
 * item, its heading and introduction, with the targets read from them.
 */
export function framingSections(sections: SectionHead[], blocks: ReadonlyArray<{ sectionSeq: number }>, ctx: ReadContext): FramingItem[] {
  const out: FramingItem[] = [];
  for (const s of sections) {
    const kind = framingKind(s.title);
    if (!kind || blocks.some((b) => b.sectionSeq === s.seq)) continue;
    const end = s.intro ? s.intro[1] : s.end;
    out.push({
      label: s.numeral,
      sectionSeq: s.seq,
      title: s.title,
      kind,
      span: ctx.cleaned.toOriginal(s.start, end),
      text: ctx.cleaned.text.slice(s.start, end).trim(),
      targets: rangeTargets(ctx, s.start, end, s.intro ? s.intro[0] : end),
    });
  }
  return out;
}

/**
 * The preface between a plan's heading and its first section, when it sets dated figures (2023年我省…总的要求是：
 * …到2023年底，全省常住人口城镇化率达到73.5%…): a goals item with no label, no title and section 0, holding the
 * targets whose deadline is worded. The paragraphs of prose
 * right before the body, after the last short line (the heading); a covering letter without figures adds nothing.
 */
export function framingPreface(paragraphs: StructuredParagraph[], ctx: ReadContext): FramingItem[] {
  const body = paragraphs.findIndex((p) => p.role !== 'preamble' && p.role !== 'toc');
  let k = body < 0 ? paragraphs.length : body;
  const end = k;
  while (k > 0 && paragraphs[k - 1]!.role === 'preamble' && paragraphs[k - 1]!.text.length > 40 && /[。；]/.test(paragraphs[k - 1]!.text)) k--;
  if (k === end) return [];
  const from = paragraphs[k]!.start;
  const to = paragraphs[end - 1]!.end;
  const targets = rangeTargets(ctx, from, to, from).filter((t) => t.deadlineSource === 'text');
  if (targets.length === 0) return [];
  return [{ label: '', sectionSeq: 0, title: '', kind: 'goals', span: ctx.cleaned.toOriginal(from, to), text: ctx.cleaned.text.slice(from, to).trim(), targets }];
}
