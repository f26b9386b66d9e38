import type * as Pdfjs from 'pdfjs-dist';
import { IngestError } from './ingest-error.ts';
import { dropPageFurniture } from './pdf-furniture.ts';
import { pageLines, type PdfPage, type PdfTextItem } from './pdf-lines.ts';
import { joinLines } from './pdf-paragraphs.ts';
import { replaceRadicals } from './radical-equivalents.ts';

/** pdf.js as loaded for the place it runs in (the browser's Web Worker, or Node), with its getDocument options. */
export interface PdfEnvironment {
  pdfjs: Pick<typeof Pdfjs, 'getDocument'>;
  /** CMap access: cMapUrl (Node: a directory) or a BinaryDataFactory serving the app's own copies. */
  documentOptions: Record<string, unknown>;
}

/** Fewer readable characters than this in the whole file means there is no text layer to speak of. */
const MIN_TEXT_CHARS = 20;

/**
 * The text of a PDF's text layer, in reading order, lines joined into paragraphs, running heads, footers and page
 * numbers dropped, CJK radicals read as the characters they stand for. Corrupt, password-protected and scanned
 * (textless) files are refused with a reason.
 */
export async function readPdf(bytes: Uint8Array, env: PdfEnvironment, onProgress?: (fraction: number) => void): Promise<{ text: string; pages: number; warnings: string[] }> {
  const task = env.pdfjs.getDocument({
    // pdf.js may transfer the buffer it is given; the caller keeps its own.
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: 0,
    ...env.documentOptions,
  });
  let doc: Pdfjs.PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    throw refusal(err);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [a, b, c, d, e, f] = it.transform as number[];
        // Rotated text (stamps, vertical margins) is not the body.
        if (Math.abs(b!) > 0.01 * Math.abs(a!) || Math.abs(c!) > 0.01 * Math.abs(d!)) continue;
        items.push({ str: it.str, x: e! - x0, y: f! - y0, width: it.width, size: Math.abs(d!) || it.height });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
      onProgress?.(n / doc.numPages);
    }
    return textOf(pages);
  } finally {
    await task.destroy();
  }
}

function textOf(pages: PdfPage[]): { text: string; pages: number; warnings: string[] } {
  const lines = dropPageFurniture(pages.map(pageLines), pages.map((p) => p.height));
  const text = replaceRadicals(joinLines(lines));
  const readable = text.replace(/[\s\ufffd\ue000-\uf8ff\u0000-\u001f]/g, '').length;
  const nonSpace = text.replace(/\s/g, '').length;
  if (readable < MIN_TEXT_CHARS) {
    throw new IngestError('pdf-no-text', '这个 PDF 没有文字层，可能是扫描件或图片。请先用文字识别（OCR）软件处理，或改用原始的 Word/文本文件。', 'This PDF has no text layer; it is probably a scan or images. Run text recognition (OCR) on it first, or use the original Word or text file.');
  }
  if (readable < nonSpace / 2) {
    throw new IngestError('pdf-no-text', '这个 PDF 的文字层无法解读（字体缺少字符映射）。请改用原始的 Word/文本文件。', 'The text layer of this PDF cannot be read (its fonts lack character maps). Use the original Word or text file.');
  }
  const warnings: string[] = [];
  const empty = lines.filter((ls) => ls.reduce((n, l) => n + l.text.length, 0) < 5).length;
  if (empty > 0) warnings.push(`${empty} of ${pages.length} pages have no text layer (scanned pages?); their text is missing`);
  return { text, pages: pages.length, warnings };
}

function refusal(err: unknown): IngestError {
  const name = (err as { name?: string })?.name;
  if (name === 'PasswordException') {
    return new IngestError('pdf-encrypted', '这个 PDF 设有打开密码，无法读取。请去除密码后再添加。', 'This PDF is password-protected and cannot be read. Remove the password and add it again.');
  }
  const detail = (err as Error)?.message ?? String(err);
  return new IngestError('pdf-corrupt', `这个 PDF 文件已损坏，无法读取（${detail}）。`, `This PDF is damaged and cannot be read (${detail}).`);
}
