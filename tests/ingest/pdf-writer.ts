/**
 * A PDF written object by object, with a correct cross-reference table: for the files a browser does not print
 * (non-embedded CJK fonts that need pdf.js's CMaps, encryption, image-only scans).
 */
export function buildPdf(objects: string[], trailer = ''): Uint8Array {
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(out.length);
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

export const stream = (content: string, dict = '') => `<< ${dict} /Length ${content.length} >>\nstream\n${content}\nendstream`;

/** Catalog, one A4 page with the given resources and content, then any further objects (numbered from 5). */
export function onePage(resources: string, content: string, more: string[] = [], trailer = ''): Uint8Array {
  return buildPdf(
    ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents 4 0 R >>`, stream(content), ...more],
    trailer,
  );
}

const ucs2 = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('');

/**
 * Lines of Chinese in Adobe's STSong-Light, not embedded, encoded UniGB-UCS2-H: as many Chinese office PDFs are.
 * pdf.js can read them only with its UniGB-UCS2-H and Adobe-GB1-UCS2 CMaps. Every glyph is an em wide: a line
 * must fit the page (pdf.js leaves out text drawn off the page).
 */
export function predefinedCMapPdf(lines: string[], size = 14): Uint8Array {
  const content = lines.map((l, k) => `BT /F1 ${size} Tf 72 ${760 - 2 * size * k} Td <${ucs2(l)}> Tj ET`).join('\n');
  return onePage('<< /Font << /F1 5 0 R >> >>', content, [
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

/** A page that is one grey image and no text: a scan. */
export function scannedPdf(): Uint8Array {
  return onePage('<< /XObject << /Im1 5 0 R >> >>', 'q 595 0 0 842 0 0 cm /Im1 Do Q', [stream('\x00\xff\xff\x00', '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8')]);
}

/** A PDF with a user password (Standard security handler, RC4 40-bit): nothing opens without it. */
export function encryptedPdf(): Uint8Array {
  const hex32 = (seed: number) => Array.from({ length: 32 }, (_, i) => ((seed * (i + 7) * 2654435761) >>> 24).toString(16).padStart(2, '0')).join('');
  return onePage('<< >>', 'BT ET', ['<< /Filter /Standard /V 1 /R 2 /O <' + hex32(3) + '> /U <' + hex32(5) + '> /P -44 >>'], `/Encrypt 5 0 R /ID [<${hex32(9).slice(0, 32)}> <${hex32(9).slice(0, 32)}>] `);
}
