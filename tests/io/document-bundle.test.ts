import { describe, expect, test } from 'vitest';
import { documentIdFor } from '../../src/domain/document-id.ts';
import { BUNDLE_LIMITS, BundleError, parseBundle, serializeBundle, type Bundle, type BundleDocument } from '../../src/io/document-bundle.ts';
import { source } from '../extract/fixtures.ts';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(1)> javascript:alert(1) =cmd|\' /C calc\'!A0 "}]}\u2028\u0000';

function doc(text: string, meta: Partial<BundleDocument['meta']> = {}): BundleDocument {
  return {
    id: documentIdFor(text),
    name: '洋县工作要点.docx',
    format: 'docx',
    text,
    meta: { title: '洋县2023年推动新型城镇化高质量发展工作要点', issuer: '洋县人民政府办公室', date: '2023-05-12', year: 2023, docNumber: '洋政办发〔2023〕20号', level: 'county', region: { code: '610723', name: '洋县' }, ...meta },
  };
}

const bundle: Bundle = { view: '?level=province&focus=610000&doc=x', documents: [doc(source('yangxian-2023-work-points').text), doc(`（一）${HOSTILE}`, { title: HOSTILE })] };
const refusal = (text: string) => {
  try {
    parseBundle(text);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(BundleError);
    return err as BundleError;
  }
};
const edit = (f: (data: any) => void) => {
  const data = JSON.parse(serializeBundle(bundle));
  f(data);
  return JSON.stringify(data);
};

describe('the shareable bundle', () => {
  test('round-trips a document\'s text and metadata and the view exactly, hostile strings included', () => {
    const text = serializeBundle(bundle);
    expect(JSON.parse(text)).toMatchObject({ format: 'task-atlas-documents', version: 1 });
    expect(parseBundle(text)).toEqual(bundle);
  });

  test('"__proto__" and extra keys in the file are inert', () => {
    const text = edit((d) => {
      d.documents[0].meta = JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(d.documents[0].meta).slice(1)}`);
      d.documents[0].extra = '<script>';
      d.constructor = 'x';
    });
    const parsed = parseBundle(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed.documents[0]!)).toEqual(['id', 'name', 'format', 'meta', 'text']);
    expect(Object.getPrototypeOf(parsed.documents[0]!.meta)).toBe(Object.prototype);
  });

  test.each([
    ['not JSON', () => 'PK\u0003\u0004 binary', 'not-json'],
    ['another JSON file', () => '{"type":"FeatureCollection","features":[]}', 'not-a-bundle'],
    ['a newer version', () => edit((d) => (d.version = 2)), 'newer-version'],
    ['a view that is not a query string', () => edit((d) => (d.view = 'javascript:alert(1)')), 'invalid'],
    ['a view with a line break', () => edit((d) => (d.view = '?a=1\nb')), 'invalid'],
    ['text that does not give its id', () => edit((d) => (d.documents[0].text += '改')), 'invalid'],
    ['a shipped document\'s id', () => edit((d) => (d.documents[0].id = 'yangxian-2023-work-points')), 'invalid'],
    ['a region code that is not six digits', () => edit((d) => (d.documents[0].meta.region = { code: '61072<', name: '洋县' })), 'invalid'],
    ['an impossible date', () => edit((d) => (d.documents[0].meta.date = '2023-13-45')), 'invalid'],
    ['a level the app does not know', () => edit((d) => (d.documents[0].meta.level = 'town')), 'invalid'],
    ['a number where text belongs', () => edit((d) => (d.documents[0].text = 42)), 'invalid'],
    ['a document twice', () => edit((d) => d.documents.push(d.documents[0])), 'invalid'],
    ['too many documents', () => edit((d) => (d.documents = Array.from({ length: BUNDLE_LIMITS.maxDocuments + 1 }, () => d.documents[0]))), 'invalid'],
    ['200,000 nested arrays', () => '['.repeat(200_000) + ']'.repeat(200_000), 'not-a-bundle'],
  ])('%s is refused', (_, make, code) => {
    const err = refusal(make());
    expect(err?.code).toBe(code);
    expect(err?.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  test('a file over the size limit is refused before it is parsed', () => {
    const t0 = performance.now();
    expect(refusal(' '.repeat(BUNDLE_LIMITS.maxChars + 1))?.code).toBe('too-large');
    expect(performance.now() - t0).toBeLessThan(100);
  });

  test('file names lose path separators and control characters', () => {
    const parsed = parseBundle(edit((d) => (d.documents[0].name = '../../etc/passwd\u0007')));
    expect(parsed.documents[0]!.name).toBe('.._.._etc_passwd_');
  });
});
