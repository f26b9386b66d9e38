import { strToU8, zipSync, type Zippable } from 'fflate';

/** One paragraph of a test document: its text (without any number Word would draw) and its list or style. */
export interface DocxParagraph {
  text: string;
  numId?: number;
  ilvl?: number;
  style?: string;
}

export const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A paragraph as Word writes it: properties, then the text in two runs, with a proofing mark between. */
export function paragraphXml(p: DocxParagraph): string {
  const props = [p.style ? `<w:pStyle w:val="${p.style}"/>` : '', p.numId !== undefined ? `<w:numPr><w:ilvl w:val="${p.ilvl ?? 0}"/><w:numId w:val="${p.numId}"/></w:numPr>` : ''].join('');
  const half = Math.ceil(p.text.length / 2);
  const run = (t: string) => (t ? `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r>` : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${run(p.text.slice(0, half))}<w:proofErr w:type="gramStart"/>${run(p.text.slice(half))}</w:p>`;
}

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

/** A level of a list definition: <w:lvl>. */
export interface LevelSpec {
  format: string;
  text: string;
  start?: number;
  restart?: number;
  style?: string;
}

export function numberingXml(abstracts: LevelSpec[][], nums: Array<{ abstract: number; startOverride?: Record<number, number> }>): string {
  const lvl = (l: LevelSpec, i: number) =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>${l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : ''}${l.style ? `<w:pStyle w:val="${l.style}"/>` : ''}<w:lvlText w:val="${xmlEscape(l.text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>`;
  const abs = abstracts.map((levels, k) => `<w:abstractNum w:abstractNumId="${k}"><w:multiLevelType w:val="multilevel"/>${levels.map(lvl).join('')}</w:abstractNum>`).join('');
  const inst = nums
    .map((n, k) => {
      const overrides = Object.entries(n.startOverride ?? {}).map(([i, v]) => `<w:lvlOverride w:ilvl="${i}"><w:startOverride w:val="${v}"/></w:lvlOverride>`).join('');
      return `<w:num w:numId="${k + 1}"><w:abstractNumId w:val="${n.abstract}"/>${overrides}</w:num>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W}>${abs}${inst}</w:numbering>`;
}

/** styles.xml with Normal and the given paragraph styles, each optionally in a list. */
export function stylesXml(styles: Array<{ id: string; basedOn?: string; numId?: number; ilvl?: number }>): string {
  const style = (s: (typeof styles)[number]) =>
    `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${s.id}"/>${s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : ''}<w:pPr>${s.numId !== undefined ? `<w:numPr>${s.ilvl !== undefined ? `<w:ilvl w:val="${s.ilvl}"/>` : ''}<w:numId w:val="${s.numId}"/></w:numPr>` : ''}<w:outlineLvl w:val="0"/></w:pPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${styles.map(style).join('')}</w:styles>`;
}

/** A .docx package: content types, relationships and the given parts, zipped with fflate. */
export function buildDocx(parts: { document: string; numbering?: string; styles?: string }, extra: Zippable = {}): Uint8Array {
  const rels = [
    parts.numbering ? '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : '',
    parts.styles ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : '',
  ].join('');
  const files: Zippable = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`),
    'word/document.xml': strToU8(parts.document),
    ...(parts.numbering ? { 'word/numbering.xml': strToU8(parts.numbering) } : {}),
    ...(parts.styles ? { 'word/styles.xml': strToU8(parts.styles) } : {}),
    ...extra,
  };
  return zipSync(files, { level: 6 });
}
