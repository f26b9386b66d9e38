/** A match of the words starting at one position: how long the word is and what was stored under it. */
export interface TrieMatch<T> {
  length: number;
  values: T[];
}

const NONE: never[] = [];

/**
 * A trie over UTF-16 code units. Finding every stored word that starts at a position costs one typed-array read
 * when none does, which is most positions of Chinese text, and a probe or two of an open-addressed table per
 * further character: string-keyed maps, then a Map per node, were the extractor's hot spot (npm run bench).
 *
 * Nodes are numbers; node 0 is the root. An edge (parent, code unit) → child lives in one hash table of typed
 * arrays. A large trie (a gazetteer) also indexes the root's children directly by code unit. Each node also keeps
 * 32 bits, one per (code unit mod 32) of its children: most lookups past the first character miss, and the bit
 * says so without touching the table.
 */
export class CharTrie<T> {
  private readonly rootChild: Int32Array | null;
  /**
   * One bit per first character of a word (by code unit, or by code unit mod 1024 in a small trie): 8 KB stays in
   * the fastest cache where the 256 KB table does not, and a small trie's root has too many children for its
   * 32 bits to filter anything.
   */
  private readonly rootBits: Int32Array;
  private readonly rootMask: number;
  private edgeParent = new Int32Array(64);
  private edgeCode = new Uint16Array(64);
  private edgeChild = new Int32Array(64);
  private edges = 0;
  private readonly values: Array<T[] | null> = [null];
  private childBits = new Int32Array(64);
  private size = 0;

  /** @param large one trie of thousands of words (a gazetteer), rather than one of many small ones (a county's towns) */
  constructor(large = true) {
    this.rootChild = large ? new Int32Array(0x10000) : null;
    this.rootMask = large ? 0xffff : 0x3ff;
    this.rootBits = new Int32Array((this.rootMask + 1) >> 5);
  }

  private slot(parent: number, code: number): number {
    const mask = this.edgeChild.length - 1;
    let h = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
    while (this.edgeChild[h] !== 0 && (this.edgeParent[h] !== parent || this.edgeCode[h] !== code)) h = (h + 1) & mask;
    return h;
  }

  private child(parent: number, code: number): number {
    if (parent === 0) {
      const bit = code & this.rootMask;
      if ((this.rootBits[bit >> 5]! & (1 << (bit & 31))) === 0) return 0;
      if (this.rootChild) return this.rootChild[code]!;
    }
    if ((this.childBits[parent]! & (1 << (code & 31))) === 0) return 0;
    return this.edgeChild[this.slot(parent, code)]!;
  }

  private addChild(parent: number, code: number): number {
    const node = this.values.push(null) - 1;
    if (node >= this.childBits.length) {
      const bits = new Int32Array(this.childBits.length * 2);
      bits.set(this.childBits);
      this.childBits = bits;
    }
    this.childBits[parent]! |= 1 << (code & 31);
    if (parent === 0) this.rootBits[(code & this.rootMask) >> 5]! |= 1 << (code & 31);
    if (parent === 0 && this.rootChild) {
      this.rootChild[code] = node;
      return node;
    }
    // Keep the table at most half full, so a failed lookup ends after a probe or two.
    if ((this.edges + 1) * 2 > this.edgeChild.length) this.grow();
    const h = this.slot(parent, code);
    this.edgeParent[h] = parent;
    this.edgeCode[h] = code;
    this.edgeChild[h] = node;
    this.edges++;
    return node;
  }

  private grow(): void {
    const [parents, codes, children] = [this.edgeParent, this.edgeCode, this.edgeChild];
    this.edgeParent = new Int32Array(children.length * 2);
    this.edgeCode = new Uint16Array(children.length * 2);
    this.edgeChild = new Int32Array(children.length * 2);
    for (let k = 0; k < children.length; k++) {
      if (children[k] === 0) continue;
      const h = this.slot(parents[k]!, codes[k]!);
      this.edgeParent[h] = parents[k]!;
      this.edgeCode[h] = codes[k]!;
      this.edgeChild[h] = children[k]!;
    }
  }

  add(word: string, value: T): void {
    if (word.length === 0) return;
    let n = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      n = this.child(n, c) || this.addChild(n, c);
    }
    (this.values[n] ??= []).push(value);
    this.size++;
  }

  get count(): number {
    return this.size;
  }

  /** Every stored word that starts at text[i], longest first. */
  matchesAt(text: string, i: number): Array<TrieMatch<T>> {
    let n = this.child(0, text.charCodeAt(i));
    if (!n) return NONE;
    let out: Array<TrieMatch<T>> | null = null;
    let v = this.values[n]!;
    if (v !== null) out = [{ length: 1, values: v }];
    for (let j = i + 1; j < text.length; j++) {
      n = this.child(n, text.charCodeAt(j));
      if (!n) break;
      v = this.values[n]!;
      if (v !== null) (out ??= []).push({ length: j - i + 1, values: v });
    }
    return out ? out.reverse() : NONE;
  }

  /** The first offset from `i` on where a stored word starts; `text.length` when there is none. */
  nextWordAt(text: string, i: number): number {
    for (; i < text.length; i++) {
      let n = this.child(0, text.charCodeAt(i));
      for (let j = i; n; ) {
        if (this.values[n] !== null) return i;
        if (++j >= text.length) break;
        n = this.child(n, text.charCodeAt(j));
      }
    }
    return text.length;
  }

  /** Calls `visit` for every occurrence of every stored word in `text`, overlapping ones included. */
  scan(text: string, visit: (value: T, start: number, length: number) => void): void {
    for (let i = 0; i < text.length; i++) {
      let n = this.child(0, text.charCodeAt(i));
      for (let j = i; n; ) {
        const v = this.values[n]!;
        if (v !== null) for (const x of v) visit(x, i, j - i + 1);
        if (++j >= text.length) break;
        n = this.child(n, text.charCodeAt(j));
      }
    }
  }
}
