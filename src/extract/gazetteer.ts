import { levelOf, prefectureOf, provinceOf } from '../domain/admin-code.ts';
import type { CompositeKind } from '../domain/region.ts';
import { shortName } from '../domain/place-names.ts';
import { CharTrie, type TrieMatch } from '../lib/char-trie.ts';

export type AdminPlaceLevel = 'province' | 'prefecture' | 'county' | 'town';

export interface AdminEntry {
  type: 'admin';
  code: string;
  townCode?: string;
  /** Official name of the unit (富平县, 高陵区, 华阳镇). */
  name: string;
  level: AdminPlaceLevel;
  /** The surface is a short form (富平) rather than the official name or a listed alias. */
  short: boolean;
}

export interface CompositeEntry {
  type: 'composite';
  regionId: string | null;
  name: string;
  kind: CompositeKind;
}

export type LexiconEntry = AdminEntry | CompositeEntry;

export type Match = TrieMatch<LexiconEntry>;

/** Divisions as shipped in data/gazetteer/divisions.json. */
export interface DivisionsData {
  /** [code, name, English name]. */
  units: Array<[string, string, string?]>;
}

/** Towns per county as shipped in data/gazetteer/towns.json: "114华阳镇|119八里关镇". */
export interface TownsData {
  towns: Record<string, string>;
}

/** Names a division is also known by: former names (南郑县 → 南郑区) and bodies that stand for it (杨凌示范区). */
export interface NameAlias {
  name: string;
  code: string;
  /** Also index the short form of this name (南郑 for 南郑县). */
  withShort?: boolean;
}

export interface CompositeName {
  name: string;
  regionId: string | null;
  kind: CompositeKind;
}

/** Surface forms to lexicon entries. */
class Lexicon {
  private readonly trie: CharTrie<LexiconEntry>;

  constructor(large = true) {
    this.trie = new CharTrie<LexiconEntry>(large);
  }

  add(surface: string, entry: LexiconEntry): void {
    this.trie.add(surface, entry);
  }

  matchesAt(text: string, i: number): Match[] {
    return this.trie.matchesAt(text, i);
  }

  nextAt(text: string, i: number): number {
    return this.trie.nextWordAt(text, i);
  }
}

/**
 * The places a document can name: every division of China by official name and short form, former names,
 * the composite regions, and (on request, per county) its towns.
 */
export class Gazetteer {
  readonly names = new Map<string, { name: string; level: AdminPlaceLevel }>();
  private readonly lexicon = new Lexicon();
  private readonly townLexicons = new Map<string, Lexicon>();
  private readonly towns: Record<string, string>;

  constructor(divisions: DivisionsData, towns: TownsData, aliases: NameAlias[] = [], composites: CompositeName[] = []) {
    this.towns = towns.towns;
    for (const [code, name] of divisions.units) {
      const level = levelOf(code);
      if (level === 'country') continue;
      this.names.set(code, { name, level });
      this.lexicon.add(name, { type: 'admin', code, name, level, short: false });
      const short = shortName(name, level);
      if (short) this.lexicon.add(short, { type: 'admin', code, name, level, short: true });
    }
    for (const a of aliases) {
      const unit = this.names.get(a.code);
      if (!unit) throw new Error(`alias ${a.name}: unknown code ${a.code}`);
      this.lexicon.add(a.name, { type: 'admin', code: a.code, name: unit.name, level: unit.level, short: false });
      const short = a.withShort ? shortName(a.name, unit.level) : null;
      if (short) this.lexicon.add(short, { type: 'admin', code: a.code, name: unit.name, level: unit.level, short: true });
    }
    for (const c of composites) {
      this.lexicon.add(c.name, { type: 'composite', regionId: c.regionId, name: c.name, kind: c.kind });
    }
  }

  matchesAt(text: string, i: number): Match[] {
    return this.lexicon.matchesAt(text, i);
  }

  /**
   * The first offset from `i` on where a name starts (a town of `county` too, when given): a scan asks this
   * instead of trying every offset, since under one in fifty starts a name.
   */
  nextMatchAt(text: string, i: number, county: string | null = null): number {
    const next = this.lexicon.nextAt(text, i);
    return county && next > i ? Math.min(next, this.townLexicon(county).nextAt(text, i)) : next;
  }

  /** Town names of one county, matched only in that county's own documents. */
  townMatchesAt(county: string, text: string, i: number): Match[] {
    return this.townLexicon(county).matchesAt(text, i);
  }

  private townLexicon(county: string): Lexicon {
    let lex = this.townLexicons.get(county);
    if (!lex) {
      lex = new Lexicon(false);
      for (const entry of (this.towns[county] ?? '').split('|')) {
        if (!entry) continue;
        const townCode = county + entry.slice(0, 3);
        const name = entry.slice(3);
        lex.add(name, { type: 'admin', code: county, townCode, name, level: 'town', short: false });
        const short = shortName(name, 'town');
        if (short) lex.add(short, { type: 'admin', code: county, townCode, name, level: 'town', short: true });
      }
      this.townLexicons.set(county, lex);
    }
    return lex;
  }

  nameOf(code: string): string | undefined {
    return this.names.get(code)?.name;
  }

  /**
   * The name to show for a place: districts carry their city (西安市高陵区) because many cities have a 新城区 or
   * a 鼓楼区; counties and cities do not (富平县); towns carry their county (洋县华阳镇).
   */
  displayName(entry: AdminEntry): string {
    if (entry.level === 'town') return `${this.nameOf(entry.code) ?? ''}${entry.name}`;
    if (entry.level !== 'county' || !entry.name.endsWith('区')) return entry.name;
    const parent = prefectureOf(entry.code) ?? provinceOf(entry.code);
    return `${this.nameOf(parent) ?? ''}${entry.name}`;
  }
}
