import type { Span } from '../domain/task.ts';

/**
 * Text that remembers, for each of its characters, which characters of an original text it came from, so
 * spans found in cleaned text can be reported as offsets into the document as it was given.
 */
export class MappedText {
  readonly text: string;
  /** starts[i]: original offset where text[i] begins; ends[i]: where it ends (exclusive). */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  private constructor(text: string, starts: Int32Array, ends: Int32Array) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  static identity(text: string): MappedText {
    const n = text.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new MappedText(text, starts, ends);
  }

  /**
   * Replaces every match of `pattern` (which must be global) with `replace(match)`. Replacement characters map
   * onto the whole matched range; removed characters vanish from the map.
   */
  replace(pattern: RegExp, replace: (m: RegExpExecArray) => string): MappedText {
    if (!pattern.global) throw new Error('MappedText.replace needs a global pattern');
    const src = this.text;
    const parts: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let last = 0;
    let changed = false;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(src); m; m = pattern.exec(src)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const out = replace(m);
      if (out === m[0]) continue;
      changed = true;
      this.copyRange(last, m.index, parts, starts, ends);
      if (out.length > 0) {
        const s = this.starts[m.index]!;
        const e = this.ends[m.index + m[0].length - 1]!;
        parts.push(out);
        for (let k = 0; k < out.length; k++) {
          starts.push(s);
          ends.push(e);
        }
      }
      last = m.index + m[0].length;
    }
    if (!changed) return this;
    this.copyRange(last, src.length, parts, starts, ends);
    return new MappedText(parts.join(''), Int32Array.from(starts), Int32Array.from(ends));
  }

  /** Original span of the cleaned range [start, end). */
  toOriginal(start: number, end: number): Span {
    if (end <= start) {
      const at = start < this.text.length ? this.starts[start]! : this.originalEnd();
      return [at, at];
    }
    return [this.starts[start]!, this.ends[end - 1]!];
  }

  private originalEnd(): number {
    return this.text.length === 0 ? 0 : this.ends[this.text.length - 1]!;
  }

  private copyRange(from: number, to: number, parts: string[], starts: number[], ends: number[]): void {
    if (to <= from) return;
    parts.push(this.text.slice(from, to));
    for (let i = from; i < to; i++) {
      starts.push(this.starts[i]!);
      ends.push(this.ends[i]!);
    }
  }
}
