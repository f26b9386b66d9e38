import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeDocument } from '../../src/extract/decode.ts';
import { ExtractError } from '../../src/extract/extract-error.ts';
import { gbkSafe, source } from './fixtures.ts';

const text = gbkSafe(source('yangxian-2023-work-points').text);

describe('decodeDocument', () => {
  test('UTF-8 as is', () => {
    expect(decodeDocument(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
  });
  test('a UTF-8 BOM is dropped', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(decodeDocument(bytes).text).toBe(text);
  });
  test('UTF-16 with a BOM, either byte order', () => {
    expect(decodeDocument(iconv.encode(text, 'utf-16le', { addBOM: true })).text).toBe(text);
    expect(decodeDocument(iconv.encode(text, 'utf-16be', { addBOM: true }))).toEqual({ text, encoding: 'utf-16be' });
  });
  test('GBK bytes are recognised and decoded', () => {
    const gbk = iconv.encode(text, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(decodeDocument(gbk)).toEqual({ text, encoding: 'gb18030' });
  });

  test('UTF-16 without a BOM, either byte order, is told by its NUL bytes', () => {
    expect(decodeDocument(iconv.encode(text, 'utf-16le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeDocument(iconv.encode(text, 'utf-16be'))).toEqual({ text, encoding: 'utf-16be' });
  });
});

describe('damage is not refusal', () => {
  const utf8 = Buffer.from(text, 'utf8');
  /** The bytes with `bytes` written over the bytes at each offset. */
  const corrupt = (bytes: Uint8Array, at: number[], value: number[]) => {
    const out = Uint8Array.from(bytes);
    for (const i of at) out.set(value, i);
    return out;
  };

  test('UTF-8 with a few bad bytes decodes; each replaced character is counted and located', () => {
    // 0xFF is never valid UTF-8; written into the middle of a three-byte character it also breaks that one.
    const offsets = [3000, 9001, 15000];
    const decoded = decodeDocument(corrupt(utf8, offsets, [0xff]));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.damage!.replaced).toBe([...decoded.text].filter((c) => c === '\ufffd').length);
    expect(decoded.damage!.replaced).toBeGreaterThanOrEqual(offsets.length);
    expect(decoded.damage!.spans).toHaveLength(offsets.length);
    for (const [s, e] of decoded.damage!.spans) expect(decoded.text.slice(s, e)).toMatch(/^\ufffd+$/);
    // Everything else reads as before.
    expect(decoded.text.replace(/\ufffd+/g, '').length).toBeGreaterThan(text.length - 10);
  });

  test('a stray NUL byte is damage, not binary', () => {
    const decoded = decodeDocument(corrupt(utf8, [utf8.indexOf(0x0a, 5000)], [0]));
    const at = decoded.text.indexOf('\ufffd');
    expect(decoded.damage).toEqual({ replaced: 1, spans: [[at, at + 1]] });
    expect(decoded.text.replace('\ufffd', '\n')).toBe(text);
  });

  test('GBK with a broken pair decodes as GB18030, with the damage reported', () => {
    const gbk = iconv.encode(text, 'gbk');
    // 0xFF is no byte of GBK; written over a line break it breaks nothing else.
    const decoded = decodeDocument(corrupt(gbk, [gbk.indexOf(0x0a, 4000), gbk.indexOf(0x0a, 9000)], [0xff]));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.damage!.replaced).toBe(2);
    expect(decoded.text.replace(/\ufffd/g, '\n')).toBe(text);
  });

  test('clean text reports no damage', () => {
    expect(decodeDocument(utf8).damage).toBeUndefined();
  });
});

describe('what is not text is refused', () => {
  const errors: Array<[string, Uint8Array, string]> = [
    ['empty', new Uint8Array(0), 'empty'],
    ['whitespace only', Buffer.from(' \n\t\r\n　', 'utf8'), 'empty'],
    ['binary (a PNG header)', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
    ['random high bytes', Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f)), 'encoding'],
    ['bytes full of NULs and control codes', Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 32), 'binary'],
  ];
  test.each(errors)('%s is a clear error', (_, bytes, code) => {
    let error: unknown;
    try {
      decodeDocument(bytes);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).code).toBe(code);
    expect((error as ExtractError).message).not.toContain('\n');
  });
});
