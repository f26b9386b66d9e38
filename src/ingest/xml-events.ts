/** One step through an XML text: an element opening (self-closing or not), an element closing, or text. */
export type XmlEvent =
  | { kind: 'open'; name: string; attrs: string; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const TOKEN = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[?!][^>]*>/g;

/**
 * The events of a well-formed XML part (Office Open XML is machine-written), without a DOM: Web Workers have no
 * DOMParser. Text comes with entities decoded; comments, declarations and processing instructions are skipped.
 * Attribute strings are kept raw and read with attr() only where needed.
 */
export function* xmlEvents(xml: string): Generator<XmlEvent> {
  const re = new RegExp(TOKEN.source, 'g');
  let at = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m.index > at) yield { kind: 'text', text: decodeXmlText(xml.slice(at, m.index)) };
    at = re.lastIndex;
    if (m[5] !== undefined) {
      yield { kind: 'text', text: m[5] };
    } else if (m[2]) {
      if (m[1]) yield { kind: 'close', name: m[2] };
      else yield { kind: 'open', name: m[2], attrs: m[3] ?? '', selfClosing: m[4] === '/' };
    }
  }
  if (at < xml.length) yield { kind: 'text', text: decodeXmlText(xml.slice(at)) };
}

/** The value of one attribute in a raw attribute string, entities decoded; null when absent. */
export function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXmlText(m[1] ?? m[2] ?? '') : null;
}

/** OOXML on/off properties: present means on, unless its w:val says 0, false or off. */
export function isOn(attrs: string): boolean {
  const v = attr(attrs, 'w:val');
  return v === null || !/^(?:0|false|off)$/i.test(v);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return XML_ENTITIES[e] ?? m;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code < 0x110000 && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : '\ufffd';
  });
}
