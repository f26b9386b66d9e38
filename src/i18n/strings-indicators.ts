import type { Lang } from './lang.ts';

/** Interface text for indicators: the picker, the cross-level table, the indicator map (spread into STRINGS in strings.ts). */
export const INDICATORS_STRINGS = {
} as const satisfies Record<string, Record<Lang, string>>;
