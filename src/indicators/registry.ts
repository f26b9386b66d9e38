import data from '../../data/indicators.json';
import type { Indicator } from './types.ts';
import { validateRegistry } from './validate-registry.ts';

/** Every indicator of data/indicators.json, checked and compiled once at import: a bad entry fails loudly at startup. */
export const INDICATORS: readonly Indicator[] = Object.freeze(validateRegistry(data));

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

/** The indicator with this id, or undefined (an id from a URL may name none). */
export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}
