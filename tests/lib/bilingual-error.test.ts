import { expect, test } from 'vitest';
import { IngestError } from '../../src/ingest/ingest-error.ts';
import { BundleError } from '../../src/io/document-bundle.ts';
import { BilingualError } from '../../src/lib/bilingual-error.ts';

test('the refusals of a file and of a bundle keep their code, both languages and their own name', () => {
  const ingest = new IngestError('empty', '文件是空的', 'The file is empty.');
  const bundle = new BundleError('not-json', '不是 JSON', 'Not JSON.');
  expect([ingest.name, ingest.code, ingest.zh, ingest.en, ingest.message]).toEqual(['IngestError', 'empty', '文件是空的', 'The file is empty.', '文件是空的 / The file is empty.']);
  expect([bundle.name, bundle.code, bundle.message]).toEqual(['BundleError', 'not-json', '不是 JSON / Not JSON.']);
  expect(ingest).toBeInstanceOf(BilingualError);
  expect(ingest).not.toBeInstanceOf(BundleError);
});
