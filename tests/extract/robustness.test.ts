import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { ExtractError } from '../../src/extract/extract-error.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { asHtml, at, essence, gbkSafe, source, sourceIndex } from './fixtures.ts';

const gazetteer = loadGazetteer();

describe.each(sourceIndex().map((d) => d.id))('%s survives re-encoding and re-packaging', (id) => {
  const { meta, text } = source(id);
  const reference = extractDocument(text, { gazetteer, meta });

  test('CRLF line ends', () => {
    expect(essence(extractDocument(text.replace(/\n/g, '\r\n'), { gazetteer, meta }))).toEqual(essence(reference));
  });
  test('GBK bytes', () => {
    const doc = extractDocument(iconv.encode(gbkSafe(text), 'gbk'), { gazetteer, meta });
    expect(doc.document.encoding).toBe('gb18030');
    expect(essence(doc)).toEqual(essence(reference));
  });
  test('a web page saved as HTML, with navigation, a script and entities', () => {
    const html = asHtml(text);
    const doc = extractDocument(html, { gazetteer, meta });
    expect(essence(doc)).toEqual(essence(reference));
    // Spans point into the HTML as given.
    for (const t of doc.tasks) expect(at(html, t.span).startsWith('(') || at(html, t.span).startsWith('（') || /^\d/.test(at(html, t.span))).toBe(true);
  });
  test('full-width digits read as ASCII', () => {
    const wide = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(essence(extractDocument(wide, { gazetteer, meta }))).toEqual(essence(reference));
  });
});

describe('bad documents are clear errors', () => {
  const expectError = (input: string | Uint8Array, code: string) => {
    try {
      extractDocument(input, { gazetteer });
    } catch (err) {
      expect(err).toBeInstanceOf(ExtractError);
      expect((err as ExtractError).code).toBe(code);
      return;
    }
    throw new Error('no error');
  };
  test('text without numbered tasks', () => expectError('这是一段没有编号任务的文字。\n第二段也没有。', 'no-tasks'));
  test('an empty string', () => expectError('', 'empty'));
  test('binary bytes', () => expectError(Uint8Array.from([0, 1, 2, 3, 0, 255]), 'binary'));
});

test('an unknown document is described from its own front matter', () => {
  const { text } = source('zhejiang-2023-work-points');
  const doc = extractDocument(text, { gazetteer });
  expect(doc.document).toMatchObject({
    title: '2023年浙江省新型城镇化和城乡融合发展工作要点',
    issuer: '浙江省发展和改革委员会',
    date: '2023-07-24',
    docNumber: '浙发改城镇函〔2023〕388号',
    level: 'province',
    region: { code: '330000' },
    year: 2023,
  });
  const county = extractDocument(source('yangxian-2023-work-points').text, { gazetteer });
  expect(county.document).toMatchObject({ level: 'county', region: { code: '610723' }, date: '2023-05-12', docNumber: '洋政办发〔2023〕20号' });
  expect(extractDocument(source('national-2022-key-tasks').text, { gazetteer }).document).toMatchObject({ level: 'national', region: null, date: '2022-03-10' });
});
