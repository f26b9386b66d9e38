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

  const errors: Array<[string, Uint8Array, string]> = [
    ['empty', new Uint8Array(0), 'empty'],
    ['whitespace only', Buffer.from(' \n\t\r\n　', 'utf8'), 'empty'],
    ['binary (a PNG header)', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
    ['random high bytes', Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f)), 'encoding'],
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
