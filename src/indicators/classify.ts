import type { DocumentLevel } from '../domain/document.ts';
import type { Target, TargetIndicator } from '../domain/task.ts';
import { NOT_A_TOTAL, PER_YEAR } from './pattern-language.ts';
import { INDICATORS } from './registry.ts';
import type { Indicator } from './types.ts';
import { toIndicatorUnit } from './units.ts';

export interface ClassifyContext {
  /** The target's window (see targetWindow): the sentence up to the quantity, ＃, the words after it. */
  window: string;
  /** Level of the issuing document: some wordings mean a national designation only in a national plan. */
  level?: DocumentLevel | null;
}

/**
 * The indicator a target measures, with its value in the indicator's unit, or null when none fits. Precision
 * first: a wording that makes the number a norm, a part, a stock or a relative figure rules every indicator out;
 * a target two indicators fit goes to neither, unless one is the other's `broader` (then to the narrower).
 */
export function classifyTarget(target: Target, ctx: ClassifyContext, registry: readonly Indicator[] = INDICATORS): TargetIndicator | null {
  if (NOT_A_TOTAL.some((re) => re.test(ctx.window))) return null;
  const found: Array<{ indicator: Indicator; value: TargetIndicator }> = [];
  for (const indicator of registry) {
    const value = match(target, ctx, indicator);
    if (value) found.push({ indicator, value });
  }
  const wider = new Set(found.map((f) => f.indicator.broader));
  const kept = found.filter((f) => !wider.has(f.indicator.id));
  return kept.length === 1 ? kept[0]!.value : null;
}

function match(target: Target, ctx: ClassifyContext, indicator: Indicator): TargetIndicator | null {
  const converted = toIndicatorUnit(target.value, target.max, target.unit, indicator);
  if (!converted) return null;
  if (indicator.exclude.some((re) => re.test(ctx.window))) return null;
  const fits = indicator.patterns.some(
    (p) =>
      (!p.units || p.units.includes(converted.unit)) &&
      (!p.levels || (ctx.level != null && p.levels.includes(ctx.level))) &&
      p.re.test(ctx.window),
  );
  if (!fits) return null;
  // A level (达到95%) stays a level whatever the wording around it; counts and increases can be per year.
  const unit = converted.unit !== '%' && PER_YEAR.test(ctx.window) ? `${converted.unit}/年` : converted.unit;
  const out: TargetIndicator = { id: indicator.id, value: converted.value, unit };
  if (converted.max !== undefined) out.max = converted.max;
  return out;
}
