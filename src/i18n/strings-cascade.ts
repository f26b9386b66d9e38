import type { Lang } from './lang.ts';

/** Interface text for the policy cascade: task links, take-up, the cascade view (spread into STRINGS in strings.ts). */
export const CASCADE_STRINGS = {
} as const satisfies Record<string, Record<Lang, string>>;
