/**
 * The id of an added document, from its text: "added-" and 16 hex digits (two 32-bit FNV-1a hashes of the UTF-16
 * code units, differently seeded). The same text gets the same id in every browser, so a shared view that names
 * an added document finds it again after the recipient imports it, and adding a file twice is seen as such.
 * Shipped documents' ids never start with "added-"; the command line gives files it finds the prefix "doc-".
 */
export function documentIdFor(text: string, prefix = 'added'): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${prefix}-${hex(a)}${hex(b)}`;
}

export const ADDED_ID = /^added-[0-9a-f]{16}$/;
