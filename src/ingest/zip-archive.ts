import { Inflate } from 'fflate';
import { IngestError, formatMegabytes } from './ingest-error.ts';

/** One file of a ZIP archive as its central directory declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** What an archive may declare before anything is inflated. */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalSize: number;
  /** Declared uncompressed size of one entry we inflate. */
  maxEntrySize: number;
  /** Uncompressed to compressed, for entries above 1 MB (deflate tops out near 1032:1; Word's XML near 20:1). */
  maxRatio: number;
}

export const DOCX_LIMITS: ZipLimits = { maxEntries: 5000, maxTotalSize: 512 * 1024 * 1024, maxEntrySize: 128 * 1024 * 1024, maxRatio: 200 };

const corrupt = (why: string) => new IngestError('docx-corrupt', `这个 .docx 文件已损坏，无法读取（${why}）。`, `This .docx is damaged and cannot be read (${why}).`);
const bomb = (zh: string, en: string) => new IngestError('zip-bomb', `这个 .docx 文件的结构异常：${zh}。为安全起见不予读取。`, `This .docx looks malicious: ${en}. It is not read, for safety.`);

/**
 * The central directory of a ZIP archive, checked against the limits from its declared sizes alone, before a
 * byte is inflated: a zip bomb is refused here, and inflation (readZipEntry) is capped at the declared size.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) throw corrupt('no ZIP end-of-directory record');
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) throw corrupt('a multi-part archive');
  if (count === 0xffff || dirOffset === 0xffffffff) throw bomb('使用了 ZIP64 超大格式', 'it uses ZIP64 sizes, which no Word document of this size needs');
  if (count > limits.maxEntries) throw bomb(`包含 ${count} 个文件`, `it holds ${count} files`);
  if (dirOffset + dirSize > eocd) throw corrupt('the directory lies outside the file');

  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let p = dirOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt('a broken directory entry');
    const nameLength = view.getUint16(p + 28, true);
    const entry: ZipEntry = {
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    };
    total += entry.size;
    if (total > limits.maxTotalSize) throw bomb(`解压后超过 ${formatMegabytes(limits.maxTotalSize)}`, `it would unpack to more than ${formatMegabytes(limits.maxTotalSize)}`);
    if (entry.size > 1024 * 1024 && entry.size > limits.maxRatio * Math.max(1, entry.compressedSize)) {
      throw bomb(`${entry.name} 的压缩比超过 ${limits.maxRatio}:1`, `${entry.name} is compressed more than ${limits.maxRatio}:1`);
    }
    entries.set(entry.name, entry);
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
  return -1;
}

/** One entry's bytes, inflated in slices and stopped as soon as it outgrows its declared size. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limits: ZipLimits = DOCX_LIMITS): Uint8Array {
  if (entry.flags & 1) throw new IngestError('docx-encrypted', '这个 .docx 文件已加密，无法读取。', 'This .docx is encrypted and cannot be read.');
  if (entry.size > limits.maxEntrySize) throw bomb(`${entry.name} 解压后超过 ${formatMegabytes(limits.maxEntrySize)}`, `${entry.name} would unpack to more than ${formatMegabytes(limits.maxEntrySize)}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw corrupt(`no local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw corrupt(`${entry.name} is cut short`);
  if (entry.method === 0) return data.slice(0, entry.size);
  if (entry.method !== 8) throw corrupt(`${entry.name} uses compression method ${entry.method}`);

  const out = new Uint8Array(entry.size);
  let n = 0;
  const inflater = new Inflate((chunk) => {
    if (n + chunk.length > out.length) throw bomb(`${entry.name} 解压后比声明的大`, `${entry.name} unpacks to more than it declares`);
    out.set(chunk, n);
    n += chunk.length;
  });
  const SLICE = 16 * 1024;
  try {
    for (let i = 0; i < data.length || i === 0; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw corrupt(`${entry.name} does not inflate: ${(err as Error).message}`);
  }
  if (n !== out.length) throw corrupt(`${entry.name} unpacks to ${n} of its ${out.length} declared bytes`);
  return out;
}
