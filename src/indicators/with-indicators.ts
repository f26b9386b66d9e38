import type { DocumentLevel } from '../domain/document.ts';
import type { ExtractedDocument, Target } from '../domain/task.ts';
import { classifyTarget } from './classify.ts';
import { INDICATORS } from './registry.ts';
import { targetWindow } from './target-window.ts';
import type { Indicator } from './types.ts';

/** Anything that holds targets read from a text of its own: a task, a task's sub-item, a framing item. */
interface TargetHolder {
  text?: string;
  targets: Target[];
  items?: TargetHolder[];
}

/**
 * What the pass reads of a document. `framing` (the document's headline targets) and `items` (a task's sub-items)
 * are optional: the pass labels their targets when an extraction has them and ignores their other fields.
 */
export type IndicatorInput = Omit<ExtractedDocument, 'tasks'> & {
  tasks: Array<ExtractedDocument['tasks'][number] & { items?: TargetHolder[] }>;
  framing?: TargetHolder[];
};

/**
 * The document with every target labelled with the indicator it measures (`target.indicator`), or without the
 * field where none fits. Tasks, their sub-items and the framing's headline targets are all read; the input is
 * not changed. Run after extraction: `withIndicators(extractDocument(bytes, opts))`.
 */
export function withIndicators<D extends IndicatorInput>(doc: D, registry: readonly Indicator[] = INDICATORS): D {
  const level = doc.document.level;
  const out: D = { ...doc, tasks: doc.tasks.map((t) => labelHolder(t, level, registry)) };
  if (doc.framing) out.framing = doc.framing.map((f) => labelHolder(f, level, registry));
  return out;
}

function labelHolder<H extends TargetHolder>(holder: H, level: DocumentLevel | null, registry: readonly Indicator[]): H {
  let from = 0;
  const targets = holder.targets.map((target) => {
    const { window, at } = targetWindow(target, holder.text, from);
    if (at >= 0) from = at;
    const { indicator: _stale, ...plain } = target;
    const indicator = classifyTarget(plain, { window, level }, registry);
    return indicator ? { ...plain, indicator } : plain;
  });
  const out: H = { ...holder, targets };
  if (holder.items) out.items = holder.items.map((item) => labelHolder(item, level, registry));
  return out;
}
