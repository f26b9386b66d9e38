// The shipped documents as hashed assets, by their path under data/sources (`read/…` for the text read from a Word,
// PDF or web page by `npm run extract -- --all`), fetched only when someone opens a source.
const URLS = import.meta.glob('../../data/sources/**/*.txt', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const byFile = new Map(Object.entries(URLS).map(([path, url]) => [path.slice(path.indexOf('/sources/') + '/sources/'.length), url]));
const cache = new Map<string, Promise<string>>();

/** The original text of a shipped document, exactly as the spans count it (UTF-8, BOM removed). */
export function sourceText(file: string): Promise<string> {
  const url = byFile.get(file);
  if (!url) return Promise.reject(new Error(`no shipped source named ${file}`));
  let p = cache.get(file);
  if (!p) {
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`could not fetch ${file}: HTTP ${r.status}`);
      return (await r.text()).replace(/^\ufeff/, '');
    });
    cache.set(file, p);
  }
  return p;
}
