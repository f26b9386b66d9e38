/**
 * The UTF-16 code units of `chars`, for scans that test each character of a text: `text[i]` of a Chinese character
 * is a new string each time, `text.charCodeAt(i)` a number.
 */
export const codesOf = (chars: string): readonly number[] => Array.from(chars, (c) => c.charCodeAt(0));
