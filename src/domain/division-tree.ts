import { CHINA_CODE, ancestorsOf, levelOf } from './admin-code.ts';

/**
 * The divisions of China as a tree, from the gazetteer's [code, name] list: names, children and descendants by
 * code, and the lowest unit containing a set of units.
 */
export class DivisionTree {
  private readonly names = new Map<string, string>();
  private readonly english = new Map<string, string>();
  private readonly children = new Map<string, string[]>();

  /** @param units [code, name, English name] rows of data/gazetteer/divisions.json */
  constructor(units: ReadonlyArray<readonly [string, string, string?]>) {
    for (const [code, name, en] of units) {
      this.names.set(code, name);
      if (en) this.english.set(code, en);
      const parent = ancestorsOf(code)[0];
      if (parent) this.children.set(parent, [...(this.children.get(parent) ?? []), code]);
    }
  }

  has(code: string): boolean {
    return this.names.has(code) || code === CHINA_CODE;
  }

  nameOf(code: string): string | undefined {
    return code === CHINA_CODE ? '中国' : this.names.get(code);
  }

  englishNameOf(code: string): string | undefined {
    return code === CHINA_CODE ? 'China' : this.english.get(code);
  }

  childrenOf(code: string): readonly string[] {
    return this.children.get(code) ?? [];
  }

  private readonly descendants = new Map<string, readonly string[]>();

  /** Every unit below `code` (prefectures and counties of a province; counties of a prefecture), worked out once. */
  descendantsOf(code: string): readonly string[] {
    let out = this.descendants.get(code);
    if (!out) {
      const found: string[] = [];
      const walk = (c: string) => {
        for (const k of this.childrenOf(c)) {
          found.push(k);
          walk(k);
        }
      };
      walk(code);
      this.descendants.set(code, (out = Object.freeze(found)));
    }
    return out;
  }

  /** The lowest unit containing all of `codes` (a unit contains itself); China when they span provinces. */
  commonAncestor(codes: readonly string[]): string {
    if (codes.length === 0) return CHINA_CODE;
    const chains = codes.map((c) => [c, ...ancestorsOf(c)]);
    for (const candidate of chains[0]!) if (chains.every((chain) => chain.includes(candidate))) return candidate;
    return CHINA_CODE;
  }

  levelOf(code: string) {
    return levelOf(code);
  }
}
