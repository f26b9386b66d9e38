import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { withIndicators } from '../../src/indicators/with-indicators.ts';
import { extractShipped, sourceIndex } from './fixtures.ts';

test('data/tasks.json is what the extractor makes of data/sources (run `npm run extract -- --all` after a change)', () => {
  const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'tasks.json'), 'utf8')) as {
    documents: ExtractedDocument[];
  };
  const fresh = sourceIndex().map((d) => withIndicators(extractShipped(d.id).doc));
  expect(shipped.documents.map((d) => d.document.id)).toEqual(sourceIndex().map((d) => d.id));
  expect(shipped.documents).toEqual(JSON.parse(JSON.stringify(fresh)));
});
