import { h } from './dom.ts';

/** A stretch of a text to mark: [start, end), a kind (its class: `ev-<kind>`) and what it stands for (a tooltip). */
export interface TextMark {
  start: number;
  end: number;
  kind: string;
  note?: string;
}

/**
 * A text as nodes, each marked stretch in a <mark class="ev-<kind>…">; overlapping marks (a term inside a copied
 * clause) give the overlap both classes. Text goes in as text nodes only: nothing in a document becomes markup.
 */
export function markedText(text: string, marks: readonly TextMark[]): Node[] {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    if (m.start >= m.end || m.start < 0 || m.end > text.length) continue;
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Node[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const over = marks.filter((m) => m.start <= from && m.end >= to && m.start < m.end && m.end <= text.length);
    const piece = text.slice(from, to);
    if (!over.length) {
      out.push(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(over.map((m) => m.kind))].sort();
    const notes = [...new Set(over.map((m) => m.note).filter((n): n is string => Boolean(n)))];
    out.push(h('mark', { class: kinds.map((k) => `ev-${k}`).join(' '), title: notes.join(' · ') || null }, piece));
  }
  return out;
}
