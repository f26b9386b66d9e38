import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { IngestError } from '../../src/ingest/ingest-error.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { declaredCharset } from '../../src/ingest/read-html.ts';
import { htmlToText } from '../../src/ingest/html-to-text.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { gbkSafe, source } from '../extract/fixtures.ts';
import { expectSameTasks, expectSpansInside } from './same-tasks.ts';
import { gbkHtmlOfShipped } from './shipped-fixtures.ts';

const gazetteer = loadGazetteer();
const enc = (s: string) => new TextEncoder().encode(s);

describe('plain text', () => {
  test('GBK bytes, encoded here from the Zhejiang plan, read as its text and extract its 32 tasks', async () => {
    const { text, bytes } = source('zhejiang-2023-work-points');
    const gbk = iconv.encode(gbkSafe(text), 'gbk');
    const read = await readDocument({ name: 'zj.txt', bytes: gbk });
    expect(read).toMatchObject({ format: 'txt', encoding: 'gb18030' });
    // What GBK can hold of it (its • bullets are not in GBK and became ?).
    expect(read.text).toBe(iconv.decode(gbk, 'gbk'));
    const doc = extractDocument(read.text, { gazetteer });
    expect(doc.tasks).toHaveLength(32);
    expectSameTasks(doc, extractDocument(bytes, { gazetteer }));
    expectSpansInside(doc, read.text);
  });

  test.each([
    ['UTF-16LE with BOM', 'utf16-le', 'utf-16le'],
    ['UTF-16BE with BOM', 'utf16-be', 'utf-16be'],
  ])('%s reads as the same text', async (_, codec, name) => {
    const { text } = source('shaanxi-2023-key-tasks');
    const body = iconv.encode(text, codec);
    const bom = codec === 'utf16-le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const read = await readDocument({ name: 'a.txt', bytes: Uint8Array.from([...bom, ...body]) });
    expect(read).toMatchObject({ format: 'txt', encoding: name, text });
  });

  test('bytes that are neither UTF-8 nor GBK text are refused with a reason in both languages', async () => {
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => 0x81 + ((i * 7919) % 0x7e));
    const err = await readDocument({ name: 'x.txt', bytes: noise }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect(err).toMatchObject({ code: 'encoding' });
    expect((err as IngestError).zh).toMatch(/编码/);
    expect((err as IngestError).en).toMatch(/encoding/);
  });
});

describe('saved web pages', () => {
  test('a GBK page that declares gb2312 in its <meta> reads as the 洋县 plan and extracts the same 20 tasks as the .txt', async () => {
    const read = await readDocument({ name: '洋县.htm', bytes: gbkHtmlOfShipped('yangxian-2023-work-points') });
    expect(read).toMatchObject({ format: 'html', encoding: 'gb18030', warnings: [] });
    // Markup, scripts, the <head> and the comment are gone; the navigation links stay, as a reader sees them.
    expect(read.text).not.toMatch(/<|访问量|_门户网站|text-indent|页脚/);
    expect(read.text.split('\n').slice(0, 2)).toEqual(['首页', '政务公开']);
    const doc = extractDocument(read.text, { gazetteer });
    const fromTxt = extractDocument(source('yangxian-2023-work-points').bytes, { gazetteer });
    expect(doc.tasks).toHaveLength(20);
    expectSameTasks(doc, fromTxt);
    expect(doc.document).toMatchObject({ docNumber: '洋政办发〔2023〕20号', region: { code: '610723' }, date: '2023-05-12' });
  });

  test('the charset comes from <meta charset>, else from the bytes (UTF-8 strictly, then GB18030)', async () => {
    const page = (meta: string, body: string) => `<!doctype html><html><head>${meta}</head><body><p>${body}</p></body></html>`;
    expect(declaredCharset(enc(page('<meta charset="GBK">', '')))).toBe('gb18030');
    expect(declaredCharset(enc(page('<meta http-equiv="content-type" content="text/html;charset=utf-8">', '')))).toBe('utf-8');
    const undeclared = iconv.encode(page('', '推进新型城镇化建设，提高农业转移人口市民化质量。'), 'gbk');
    expect(await readDocument({ name: 'p.html', bytes: undeclared })).toMatchObject({ encoding: 'gb18030', text: '推进新型城镇化建设，提高农业转移人口市民化质量。' });
  });

  test('a page saved as UTF-8 that still says gb2312 is read by its bytes, with a warning', async () => {
    const read = await readDocument({ name: 'p.html', bytes: enc('<html><head><meta charset="gb2312"></head><body><p>城镇化</p></body></html>') });
    expect(read.text).toBe('城镇化');
    expect(read.encoding).toBe('utf-8');
    expect(read.warnings.join()).toMatch(/charset "gb18030".*not/);
  });

  test('blocks become lines, table cells tabs, entities characters; whitespace collapses except in <pre>', () => {
    const html = `<h1>标题</h1><p>第一段
      续行&nbsp;A&amp;B &lt;b&gt; &#x4E00;&#19968;</p><table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>建设<br>完成</td></tr></table><pre>甲
  乙</pre><div>尾<span>部</span></div>`;
    expect(htmlToText(html)).toBe('标题\n第一段 续行\u00a0A&B <b> 一一\n序号\t任务\n1\t建设\n完成\n甲\n乙\n尾部');
  });
});
