import type { Lang } from './lang.ts';

/** Interface text for adding documents in the page, the review step, my documents, shared bundles (spread into STRINGS in strings.ts). */
export const DOCUMENTS_STRINGS = {
} as const satisfies Record<string, Record<Lang, string>>;
