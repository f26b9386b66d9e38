const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text or an attribute value for XML: the five markup characters as entities, and the characters XML 1.0 does not
 * allow at all (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF) dropped, since no escape
 * makes them legal and one would make the whole file unreadable. A filter text from a URL can hold any of them.
 */
export function escapeXml(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/[&<>"']/g, (c) => ENTITY[c]!);
}
