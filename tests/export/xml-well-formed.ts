/**
 * A strict XML well-formedness check for the files we write (no DTD, no CDATA, no processing instructions but an
 * optional declaration): every tag closed in order, attributes quoted and unique, `<` never in text, `&` only as
 * one of the five named entities or a character reference, no character XML 1.0 forbids. Returns the problems
 * found; an empty list means well-formed. happy-dom's DOMParser is forgiving, so it cannot tell us this.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
  let i = 0;
  let roots = 0;
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) problems.push('a character XML does not allow');
  const text = (s: string, where: number) => {
    if (s.includes('<')) problems.push(`"<" in text at ${where}`);
    for (const m of s.matchAll(/&([^;\s]*);?/g)) {
      if (!/^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(m[0])) problems.push(`bad reference ${JSON.stringify(m[0])} at ${where + m.index!}`);
    }
  };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const chunk = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length === 0 && chunk.trim()) problems.push(`text outside the root at ${i}`);
    text(chunk, i);
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) return [...problems, 'unclosed comment'];
      i = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt === -1) return [...problems, `unclosed tag at ${lt}`];
    let tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}> at ${lt}`);
      i = gt + 1;
      continue;
    }
    const selfClosing = tag.endsWith('/');
    if (selfClosing) tag = tag.slice(0, -1);
    const name = NAME.exec(tag)?.[0];
    if (!name) {
      problems.push(`bad tag at ${lt}`);
      i = gt + 1;
      continue;
    }
    // Attributes: name="value" or name='value', separated by white space, each name once. A ">" inside a quoted
    // value would have cut the tag short: the quotes would then not balance, and that is reported too.
    let rest = tag.slice(name.length);
    const seen = new Set<string>();
    while (rest.trim()) {
      const m = /^\s+([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(rest);
      if (!m) {
        problems.push(`bad attribute in <${name}> at ${lt}: ${JSON.stringify(rest.slice(0, 40))}`);
        break;
      }
      if (seen.has(m[1]!)) problems.push(`attribute ${m[1]} twice in <${name}>`);
      seen.add(m[1]!);
      const value = m[3] ?? m[4] ?? '';
      if (value.includes('<')) problems.push(`"<" in attribute ${m[1]}`);
      text(value.replace(/</g, ''), lt);
      rest = rest.slice(m[0].length);
    }
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(name);
    i = gt + 1;
  }
  if (stack.length) problems.push(`unclosed <${stack.join('> <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
