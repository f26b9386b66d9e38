// Quote marks of every width and style: documents write “双城记”, "双城记", 「双城记」 or none at all.
const QUOTES = /["'“”‘’„‟«»「」『』《》〈〉〝〞]/g;
// Separators that vary between copies of the same name (西安—咸阳 / 西安-咸阳 / 西安咸阳, 杭州、宁波): dropped, not mapped,
// so that every spelling meets at the bare characters.
const SEPARATORS = /[\s、·・•\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D-]/g;

/**
 * Normalises a composite's name for exact lookup: NFKC (full-width letters, digits and punctuation to half-width),
 * then drops quotes, whitespace, 、 and dashes.
 *
 * @example
 * normalizeName('杭州、宁波“双城记”') === normalizeName('杭州宁波"双城记"'); // true: both '杭州宁波双城记'
 * normalizeName('西安—咸阳一体化') === normalizeName('西安-咸阳一体化');   // true
 * normalizeName('山区２６县') === '山区26县';                              // true
 */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(QUOTES, '').replace(SEPARATORS, '');
}
