/**
 * The width of a label in px at a font size, before it is drawn: text cannot be measured without layout (absent
 * in tests and before a panel is shown). Chinese glyphs are one em wide; Latin averages a bit over half.
 */
export function estimateWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? size : size * 0.6;
  return w;
}
