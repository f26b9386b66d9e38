import type { NumberingDefinitions, NumberingRef } from './docx-numbering.ts';
import { attr, xmlEvents } from './xml-events.ts';

interface StyleNumbering {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

/** styles.xml as far as numbering goes: which styles carry a list (headings numbered 一、 by their style). */
export interface StyleDefinitions {
  styles: Map<string, StyleNumbering>;
  /** The paragraph style of paragraphs that name none (Normal). */
  defaultParagraphStyle: string | null;
}

/** Reads word/styles.xml. */
export function parseStyles(xml: string): StyleDefinitions {
  const styles = new Map<string, StyleNumbering>();
  let defaultParagraphStyle: string | null = null;
  let current: StyleNumbering | null = null;
  for (const e of xmlEvents(xml)) {
    if (e.kind === 'close') {
      if (e.name === 'w:style') current = null;
      continue;
    }
    if (e.kind !== 'open') continue;
    if (e.name === 'w:style') {
      const id = attr(e.attrs, 'w:styleId') ?? '';
      current = { basedOn: null, numId: null, ilvl: null };
      styles.set(id, current);
      if (attr(e.attrs, 'w:type') === 'paragraph' && /^(?:1|true|on)$/.test(attr(e.attrs, 'w:default') ?? '')) defaultParagraphStyle = id;
    } else if (current) {
      const val = attr(e.attrs, 'w:val');
      if (e.name === 'w:basedOn') current.basedOn = val;
      else if (e.name === 'w:numId') current.numId = val;
      else if (e.name === 'w:ilvl') current.ilvl = Number(val ?? 0);
    }
  }
  return { styles, defaultParagraphStyle };
}

/**
 * The list a paragraph style puts its paragraphs in, through its w:basedOn chain, or through a list level that
 * names the style (<w:lvl><w:pStyle>) when the style itself does not.
 */
export function styleNumberingResolver(styles: StyleDefinitions, numbering: NumberingDefinitions): (styleId: string) => NumberingRef | null {
  const linkedLevels = new Map<string, NumberingRef>();
  for (const [numId, instance] of numbering.instances) {
    const abstract = numbering.abstracts.get(instance.abstractId);
    for (const [ilvl, level] of abstract?.levels ?? []) if (level.style && !linkedLevels.has(level.style)) linkedLevels.set(level.style, { numId, ilvl });
  }
  return (styleId) => {
    let ilvl: number | null = null;
    let id: string | null = styleId;
    for (let hops = 0; id && hops < 12; hops++) {
      const s = styles.styles.get(id);
      if (!s) break;
      ilvl ??= s.ilvl;
      if (s.numId) return { numId: s.numId, ilvl: ilvl ?? linkedLevels.get(styleId)?.ilvl ?? 0 };
      id = s.basedOn;
    }
    return linkedLevels.get(styleId) ?? null;
  };
}
