import { CharTrie } from '../lib/char-trie.ts';
import { fromCodes } from './copied.ts';
import { LEXICON } from './lexicon.ts';

/** One mention of a lexicon term: the canonical term and where it stands, [start, end) in the text searched. */
export interface TermHit {
  term: string;
  start: number;
  end: number;
}

/** What the lexicon says of a term beyond its spellings. */
export interface TermInfo {
  /** Names who a task is for (农民工), not a line of work: counts half, never anchors a link alone. */
  context: boolean;
  /** The more general term a mention also counts as (关中平原城市群 → 城市群), if any. */
  broader: string | null;
}

/** Quotation marks and spaces, which plans write around names at will (“人地钱”挂钩, 人地钱挂钩). */
const IGNORED = new Uint8Array(0x10000);
for (const c of ' \t\r\n\u00a0\u3000"\'“”‘’「」『』') IGNORED[c.charCodeAt(0)] = 1;

/**
 * Finds the lexicon's terms in a text, leftmost-longest and without overlaps, so a specific term hides the more
 * general one inside it (保障性租赁住房, not also 租赁住房). Offsets are into the text as given.
 */
export class TermFinder {
  // A root table indexed by code unit: most positions of a text start no term, and say so in one read.
  private readonly trie = new CharTrie<string>(true);
  private readonly infos = new Map<string, TermInfo>();

  constructor(lexicon: readonly string[] = LEXICON) {
    const owner = new Map<string, string>();
    for (const entry of lexicon) {
      const m = /^(~?)([^>]+?)(?:>(.+))?$/.exec(entry);
      if (!m) throw new Error(`lexicon: bad entry ${entry}`);
      const forms = m[2]!.split('|');
      const canonical = forms[0]!;
      if (this.infos.has(canonical)) throw new Error(`lexicon: ${canonical} twice`);
      this.infos.set(canonical, { context: m[1] === '~', broader: m[3] ?? null });
      for (const form of forms) {
        const had = owner.get(form);
        if (had !== undefined && had !== canonical) throw new Error(`lexicon: ${form} belongs to both ${had} and ${canonical}`);
        if (had !== undefined) continue;
        owner.set(form, canonical);
        this.trie.add(form, canonical);
      }
    }
    for (const [term, info] of this.infos) {
      if (info.broader !== null && !this.infos.has(info.broader)) throw new Error(`lexicon: ${term} > unknown ${info.broader}`);
    }
  }

  /** Every canonical term, in lexicon order. */
  get terms(): string[] {
    return [...this.infos.keys()];
  }

  info(term: string): TermInfo {
    return this.infos.get(term) ?? { context: false, broader: null };
  }

  find(text: string): TermHit[] {
    // Match on the text without ignorable characters, and map the hits back to the text's own offsets.
    const codes = new Uint16Array(text.length);
    const at = new Int32Array(text.length);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (IGNORED[c] === 1) continue;
      codes[n] = c;
      at[n++] = i;
    }
    const compact = n === text.length ? text : fromCodes(codes, n);
    const out: TermHit[] = [];
    for (let i = 0; i < compact.length; ) {
      const m = this.trie.matchesAt(compact, i)[0];
      if (!m) {
        i++;
        continue;
      }
      out.push({ term: m.values[0]!, start: at[i]!, end: at[i + m.length - 1]! + 1 });
      i += m.length;
    }
    return out;
  }
}

let shared: TermFinder | null = null;

/** The finder over the shipped lexicon, built once. */
export function defaultTermFinder(): TermFinder {
  return (shared ??= new TermFinder());
}
