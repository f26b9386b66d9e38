import iconv from 'iconv-lite';
import { parseChineseNumeral } from '../../src/extract/chinese-numerals.ts';
import { gbkSafe, source } from '../extract/fixtures.ts';
import { buildDocx, documentXml, numberingXml, paragraphXml, stylesXml, xmlEscape, type DocxParagraph } from './docx-builder.ts';
import type { PrintJob } from './print-pdf.ts';

/** A shipped document's lines as a reader sees them: trimmed, blank lines gone. */
export function shippedLines(id: string): string[] {
  return source(id)
    .text.replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ''))
    .filter((l) => l !== '');
}

const SECTION = /^([一二三四五六七八九十]+)、(.+)$/;
const PAREN_TASK = /^（([一二三四五六七八九十]+)）(.+)$/;
const DOT_TASK = /^(\d{1,3})．(.+)$/;

/**
 * A shipped document as Word would hold it with automatic numbering: the labels (一、 （一） 1．) taken out of the
 * text and put in numbering.xml. Sections are numbered through a heading style (style-linked numbering); （一）
 * tasks through a list of their own that runs on across sections; 1． tasks as level 2 of the sections' list with
 * <w:lvlRestart w:val="0"> (they run on too). A label that is not the next number stays literal text.
 */
export function docxOfShipped(id: string): Uint8Array {
  return docxOfLines(shippedLines(id));
}

/** As docxOfShipped, for any document's lines. */
export function docxOfLines(lines: readonly string[]): Uint8Array {
  const paragraphs: DocxParagraph[] = [];
  let section = 0;
  let task = 0;
  for (const line of lines) {
    const s = SECTION.exec(line);
    const p = PAREN_TASK.exec(line);
    const d = DOT_TASK.exec(line);
    if (s && parseChineseNumeral(s[1]!) === section + 1 && s[2]!.length <= 40) {
      section++;
      paragraphs.push({ text: s[2]!, style: 'Heading1' });
    } else if (p && parseChineseNumeral(p[1]!) === task + 1) {
      task++;
      paragraphs.push({ text: p[2]!, numId: 2 });
    } else if (d && Number(d[1]) === task + 1 && section > 0) {
      task++;
      paragraphs.push({ text: d[2]!, numId: 1, ilvl: 1 });
    } else {
      paragraphs.push({ text: line });
    }
  }
  // A tracked deletion and a hidden run in the first paragraph: Word keeps both in document.xml, neither is text.
  const body = paragraphs.map(paragraphXml);
  body[0] = body[0]!.replace('</w:p>', '<w:del w:id="1" w:author="x"><w:r><w:delText>删去的文字</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r></w:p>');
  return buildDocx({
    document: documentXml(body.join('')),
    numbering: numberingXml(
      [
        [{ format: 'chineseCounting', text: '%1、', style: 'Heading1' }, { format: 'decimal', text: '%2．', restart: 0 }],
        [{ format: 'chineseCountingThousand', text: '（%1）' }],
      ],
      [{ abstract: 0 }, { abstract: 1 }],
    ),
    styles: stylesXml([{ id: 'Heading1', basedOn: 'Normal', numId: 1, ilvl: 0 }]),
  });
}

/** A shipped document laid out as an official document and printed with a running head, footer and page number. */
export function pdfJobOfShipped(id: string, head: string): PrintJob {
  return pdfJobOfLines(shippedLines(id), head);
}

/** As pdfJobOfShipped, for any document's lines. */
export function pdfJobOfLines(lines: readonly string[], head: string): PrintJob {
  const paragraphs = lines.map((l) => `<p>${xmlEscape(l)}</p>`).join('\n');
  const small = "font-size:10pt;width:100%;font-family:'Noto Sans CJK SC'";
  return {
    html: `<!doctype html><meta charset="utf-8"><style>body{font-family:'Noto Serif CJK SC';font-size:15pt;line-height:1.55} p{text-indent:2em;margin:0}</style>${paragraphs}`,
    headerTemplate: `<div style="${small};text-align:center">${xmlEscape(head)}</div>`,
    footerTemplate: `<div style="${small};display:flex;justify-content:space-between;padding:0 24mm"><span>内部资料 注意保存</span><span>－ <span class="pageNumber"></span> －</span></div>`,
  };
}

/** A shipped document as a GBK web page that says so in its <meta>, with navigation, a script and a style. */
export function gbkHtmlOfShipped(id: string): Uint8Array {
  return gbkHtmlOfLines(shippedLines(id));
}

/** As gbkHtmlOfShipped, for any document's lines. */
export function gbkHtmlOfLines(original: readonly string[]): Uint8Array {
  const lines = original.map((l) => gbkSafe(l));
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>${xmlEscape(lines[0]!)}_门户网站</title>
<style>p { text-indent: 2em }</style><script type="text/javascript">var nav = "<p>首页</p>";</script></head>
<body><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="content">
${lines.map((l) => `<p style="text-indent:2em">\n  ${xmlEscape(l).replace(/ /g, '&nbsp;')}\n</p>`).join('\n')}
</div><!-- 页脚 --><script>document.write('<p>访问量</p>')</script></body></html>`;
  return iconv.encode(html, 'gbk');
}
