interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | null;
  values: T[] | null;
}

/** A match of the words starting at one position: how long the word is and what was stored under it. */
export interface TrieMatch<T> {
  length: number;
  values: T[];
}

const NONE: never[] = [];

/**
 * A trie over UTF-16 code units. Finding every stored word that starts at a position costs one array read when
 * none does, which is most positions of Chinese text; string-keyed maps made that read the extractor's hot spot.
 */
export class CharTrie<T> {
  // A large trie indexes its root directly by code unit, filled up front so V8 keeps it a dense array (a sparse
  // one with indices up to 0x9FFF becomes a dictionary); a small one (a county's towns) keeps a Map.
  private readonly root: { [code: number]: TrieNode<T> | undefined };
  private size = 0;

  /** @param large one trie of thousands of words (a gazetteer), rather than one of many small ones */
  constructor(large = true) {
    this.root = large ? new Array<TrieNode<T> | undefined>(0x10000).fill(undefined) : {};
  }

  add(word: string, value: T): void {
    if (word.length === 0) return;
    const first = word.charCodeAt(0);
    let n = this.root[first];
    if (!n) this.root[first] = n = { next: null, values: null };
    for (let i = 1; i < word.length; i++) {
      const c = word.charCodeAt(i);
      n.next ??= new Map();
      let child = n.next.get(c);
      if (!child) n.next.set(c, (child = { next: null, values: null }));
      n = child;
    }
    (n.values ??= []).push(value);
    this.size++;
  }

  get count(): number {
    return this.size;
  }

  /** Every stored word that starts at text[i], longest first. */
  matchesAt(text: string, i: number): Array<TrieMatch<T>> {
    let n = this.root[text.charCodeAt(i)];
    if (!n) return NONE;
    let out: Array<TrieMatch<T>> | null = null;
    if (n.values) out = [{ length: 1, values: n.values }];
    for (let j = i + 1; j < text.length && n.next; j++) {
      n = n.next.get(text.charCodeAt(j));
      if (!n) break;
      if (n.values) (out ??= []).push({ length: j - i + 1, values: n.values });
    }
    return out ? out.reverse() : NONE;
  }

  /** Calls `visit` for every occurrence of every stored word in `text`, overlapping ones included. */
  scan(text: string, visit: (value: T, start: number, length: number) => void): void {
    for (let i = 0; i < text.length; i++) {
      let n = this.root[text.charCodeAt(i)];
      if (!n) continue;
      if (n.values) for (const v of n.values) visit(v, i, 1);
      for (let j = i + 1; j < text.length && n.next; j++) {
        n = n.next.get(text.charCodeAt(j));
        if (!n) break;
        if (n.values) for (const v of n.values) visit(v, i, j - i + 1);
      }
    }
  }
}
