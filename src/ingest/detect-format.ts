import { IngestError, formatMegabytes } from './ingest-error.ts';

/** The kinds of file the ingest step reads. */
export type DocumentFormat = 'txt' | 'html' | 'docx' | 'pdf';

/** A file as the page (File) or the command line (fs) hands it over. */
export interface DocumentFile {
  name: string;
  /** The MIME type the browser reports, often empty; the bytes decide. */
  type?: string;
  bytes: Uint8Array;
}

/** Files above this are refused before any reading: 50 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

const IMAGES: Array<[string, (b: Uint8Array) => boolean]> = [
  ['PNG', (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47])],
  ['JPEG', (b) => startsWith(b, [0xff, 0xd8, 0xff])],
  ['GIF', (b) => ascii(b, 0, 4) === 'GIF8'],
  ['WebP', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['TIFF', (b) => startsWith(b, [0x49, 0x49, 0x2a, 0]) || startsWith(b, [0x4d, 0x4d, 0, 0x2a])],
  ['BMP', (b) => ascii(b, 0, 2) === 'BM' && b.length > 26 && b[14]! >= 12 && b[15] === 0],
  ['HEIC', (b) => ascii(b, 4, 8) === 'ftyp' && /^(?:heic|heix|mif1|avif)/.test(ascii(b, 8, 12))],
];

const ARCHIVES: Array<[string, (b: Uint8Array) => boolean]> = [
  ['7z', (b) => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])],
  ['RAR', (b) => ascii(b, 0, 4) === 'Rar!'],
  ['gzip', (b) => startsWith(b, [0x1f, 0x8b])],
];

/**
 * What a file is, from its bytes first (a renamed PDF is still a PDF) and its name or type only where bytes cannot
 * tell (HTML versus plain text). Refuses, with a reason, files over the size cap, images, archives, old binary
 * Office files and password-protected .docx (which are not ZIP files but encrypted OLE containers).
 */
export function detectFormat(file: DocumentFile, maxBytes = MAX_FILE_BYTES): DocumentFormat {
  const b = file.bytes;
  const name = file.name.toLowerCase();
  if (b.length > maxBytes) {
    throw new IngestError('too-large', `文件过大（${formatMegabytes(b.length)}），上限为 ${formatMegabytes(maxBytes)}。`, `The file is too large (${formatMegabytes(b.length)}); the limit is ${formatMegabytes(maxBytes)}.`);
  }
  if (b.length === 0) throw new IngestError('empty', '文件是空的（0 字节）。', 'The file is empty (0 bytes).');
  if (ascii(b, 0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) return 'docx';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (name.endsWith('.docx')) {
      throw new IngestError('docx-encrypted', '这个 .docx 文件设有打开密码，无法读取。请在 Word 中取消密码后再添加。', 'This .docx is password-protected and cannot be read. Remove the password in Word and add it again.');
    }
    throw new IngestError('unsupported', '这是旧版 Word（.doc）或 WPS 文件，无法直接读取。请另存为 .docx 后再添加。', 'This is an old Word (.doc) or WPS file. Save it as .docx and add it again.');
  }
  if (ascii(b, 0, 5) === '{\\rtf') {
    throw new IngestError('unsupported', '这是 RTF 文件，无法直接读取。请另存为 .docx 或纯文本后再添加。', 'This is an RTF file. Save it as .docx or plain text and add it again.');
  }
  const image = IMAGES.find(([, test]) => test(b))?.[0];
  if (image) {
    throw new IngestError('not-a-document', `这是一张图片（${image}），不是文字文档。扫描件请先做文字识别（OCR）。`, `This is an image (${image}), not a text document. Run text recognition (OCR) on scans first.`);
  }
  const archive = ARCHIVES.find(([, test]) => test(b))?.[0];
  if (archive) {
    throw new IngestError('not-a-document', `这是压缩包（${archive}），不是文档。请解压后逐个添加文档。`, `This is an archive (${archive}), not a document. Unpack it and add the documents one by one.`);
  }
  if (/\.(?:html?|xhtml)$/.test(name) || /html/.test(file.type ?? '') || looksLikeHtml(b)) return 'html';
  return 'txt';
}

function looksLikeHtml(b: Uint8Array): boolean {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && i < 512 && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
  return /^<(?:!doctype\s+html|html|head|meta)\b/i.test(ascii(b, i, i + 32));
}
