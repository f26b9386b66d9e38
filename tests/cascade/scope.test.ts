import { describe, expect, test } from 'vitest';
import { linkDocuments } from '../../src/cascade/link.ts';
import { documentRegion, upperRegions } from '../../src/cascade/scope.ts';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { shippedLinks } from './fixtures.ts';

const { documents, links } = shippedLinks();
const doc = (id: string) => documents.find((d) => d.document.id === id)!;
const docOf = (taskId: string) => taskId.slice(0, taskId.lastIndexOf('/'));

/** A copy of a document under another id and year. */
function copy(d: ExtractedDocument, id: string, year: number | null): ExtractedDocument {
  return {
    ...d,
    document: { ...d.document, id, year },
    tasks: d.tasks.map((t) => ({ ...t, id: `${id}/${t.seq}` })),
  };
}

describe('which documents a document may carry out', () => {
  test('regions strictly containing its own: 洋县 → 汉中, 陕西, China', () => {
    expect(documentRegion(doc('national-2022-key-tasks'))).toBe('100000');
    expect(upperRegions(documentRegion(doc('yangxian-2023-work-points')))).toEqual(['610700', '610000', '100000']);
    expect(upperRegions('100000')).toEqual([]);
  });

  test('in the shipped links every lower document is of a region inside the upper one\'s', () => {
    const pairs = new Set(links.map((k) => `${docOf(k.lower)} → ${docOf(k.upper)}`));
    expect([...pairs].sort()).toEqual(
      [
        'shaanxi-2022-county-towns → national-2022-key-tasks',
        'shaanxi-2023-key-tasks → national-2022-key-tasks',
        'yangxian-2023-work-points → national-2022-key-tasks',
        'yangxian-2023-work-points → shaanxi-2022-county-towns',
        'yangxian-2023-work-points → shaanxi-2023-key-tasks',
        'zhejiang-2023-work-points → national-2022-key-tasks',
      ].sort(),
    );
  });

  test('a plan does not carry out one issued in a later year', () => {
    const shaanxi = doc('shaanxi-2023-key-tasks');
    const national = doc('national-2022-key-tasks');
    expect(linkDocuments([shaanxi, copy(national, 'national-2024', 2024)])).toEqual([]);
    expect(linkDocuments([shaanxi, copy(national, 'national-2023', 2023)]).length).toBeGreaterThan(15);
    expect(linkDocuments([shaanxi, copy(national, 'national-undated', null)]).length).toBeGreaterThan(15);
  });

  test('a document of unknown region carries out nothing, unless told which documents are above it', () => {
    const loose = copy(doc('zhejiang-2023-work-points'), 'loose', 2023);
    loose.document = { ...loose.document, region: null, level: null };
    const national = doc('national-2022-key-tasks');
    expect(linkDocuments([loose, national])).toEqual([]);
    // With the other shipped documents counted for term weights, it links as 浙江 does.
    const background = documents.filter((d) => d.document.id !== 'zhejiang-2023-work-points');
    const forced = linkDocuments([loose, national], { background, uppers: (k) => (k === 0 ? [1] : []) });
    const shipped = links.filter((k) => docOf(k.lower) === 'zhejiang-2023-work-points');
    expect(forced.map((k) => k.lower.replace('loose', 'zhejiang-2023-work-points'))).toEqual(shipped.map((k) => k.lower));
  });

  test('documents must have distinct ids', () => {
    const d = doc('shaanxi-2023-key-tasks');
    expect(() => linkDocuments([d, d])).toThrow(/share the id/);
  });
});
