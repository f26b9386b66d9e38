import type { Span } from '../domain/task.ts';

/** Replace the characters [from, to) with `out`. */
export interface TextEdit {
  from: number;
  to: number;
  out: string;
}

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
    const edits: TextEdit[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(src); m; m = pattern.exec(src)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const out = replace(m);
      if (out !== m[0]) edits.push({ from: m.index, to: m.index + m[0].length, out });
    }
    return this.edit(edits);
  }

  /**
   * Applies edits given in order and not overlapping: each replaces [from, to) with `out`, whose characters map
   * onto the whole replaced range.
   */
  edit(edits: readonly TextEdit[]): MappedText {
    if (edits.length === 0) return this;
    const src = this.text;
    // First the length, then one copy into typed arrays: pushing offsets one by one was a tenth of extraction.
    let length = src.length;
    for (const e of edits) length += e.out.length - (e.to - e.from);
    const parts: string[] = [];
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    let last = 0;
    let pos = 0;
    const copy = (from: number, to: number) => {
      if (to <= from) return;
      parts.push(src.slice(from, to));
      starts.set(this.starts.subarray(from, to), pos);
      ends.set(this.ends.subarray(from, to), pos);
      pos += to - from;
    };
    for (const e of edits) {
      copy(last, e.from);
      if (e.out.length > 0) {
        parts.push(e.out);
        starts.fill(this.starts[e.from]!, pos, pos + e.out.length);
        ends.fill(this.ends[e.to - 1]!, pos, pos + e.out.length);
        pos += e.out.length;
      }
      last = e.to;
    }
    copy(last, src.length);
    return new MappedText(parts.join(''), starts, ends);
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
}
