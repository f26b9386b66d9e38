import { decodeDocument } from '../extract/decode.ts';
import { ExtractError } from '../extract/extract-error.ts';
import { IngestError } from './ingest-error.ts';

/** The text of a plain-text file: the extractor's own decoder, its refusals restated for the page. */
export function readPlainText(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    const decoded = decodeDocument(bytes);
    return { text: decoded.text, encoding: decoded.encoding };
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    throw refusal(err);
  }
}

function refusal(err: ExtractError): IngestError {
  switch (err.code) {
    case 'empty':
      return new IngestError('empty', '文件里没有文字。', 'The file holds no text.');
    case 'binary':
      return new IngestError('not-a-document', '这不是文字文档（文件含有二进制数据）。支持 .txt、.html、.docx 和有文字层的 .pdf。', 'This is not a text document (it holds binary data). Supported: .txt, .html, .docx and .pdf with a text layer.');
    default:
      return new IngestError('encoding', '无法识别文件的文字编码（支持 UTF-8、UTF-16 和 GBK/GB18030）。', 'The text encoding is not recognised (supported: UTF-8, UTF-16, GBK/GB18030).');
  }
}
