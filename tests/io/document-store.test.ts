import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { documentIdFor } from '../../src/domain/document-id.ts';
import { DocumentStore, EXTRACTION_VERSION, type AddedDocument } from '../../src/io/document-store.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { source } from '../extract/fixtures.ts';

const gazetteer = loadGazetteer();

function added(id: string, addedAt: string): AddedDocument {
  const text = source(id).text;
  const docId = documentIdFor(text);
  const extracted = extractDocument(text, { gazetteer, meta: { id: docId } });
  const { title, issuer, date, year, docNumber, level, region } = extracted.document;
  const detected = { title, issuer, date, year, docNumber, level, region };
  return { id: docId, name: `${id}.txt`, format: 'txt', size: source(id).bytes.length, addedAt, detected, meta: detected, extracted, extractionVersion: EXTRACTION_VERSION, text };
}

const yangxian = added('yangxian-2023-work-points', '2026-05-01T10:00:00.000Z');
const zhejiang = added('zhejiang-2023-work-points', '2026-05-01T09:00:00.000Z');

afterEach(() => vi.restoreAllMocks());

describe('added documents in IndexedDB', () => {
  test('are kept across a reload, listed oldest first without their texts, and removed', async () => {
    const factory = new IDBFactory();
    const store = await DocumentStore.open(factory);
    expect(store.persistent).toBe(true);
    expect(await store.save(yangxian)).toEqual({ kept: 'saved' });
    expect(await store.save(zhejiang)).toEqual({ kept: 'saved' });
    store.close();

    const reloaded = await DocumentStore.open(factory);
    const list = await reloaded.list();
    expect(list.map((d) => d.id)).toEqual([zhejiang.id, yangxian.id]);
    expect(list.every((d) => d.persistent && !('text' in d))).toBe(true);
    const back = await reloaded.get(yangxian.id);
    expect(back).toEqual(yangxian);
    expect(back!.extracted.tasks).toHaveLength(20);

    await reloaded.remove(yangxian.id);
    expect((await reloaded.list()).map((d) => d.id)).toEqual([zhejiang.id]);
    expect(await reloaded.get(yangxian.id)).toBeNull();
  });

  test('without IndexedDB (a private window) documents work for the session, and save says they will not be kept', async () => {
    const broken = { open: () => { throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'); } } as unknown as IDBFactory;
    for (const store of [await DocumentStore.open(null), await DocumentStore.open(broken)]) {
      expect(store.persistent).toBe(false);
      const outcome = await store.save(yangxian);
      expect(outcome).toMatchObject({ kept: 'session', reason: 'unavailable', en: expect.stringMatching(/will not be kept/), zh: expect.stringMatching(/不会保留/) });
      expect((await store.list()).map((d) => [d.id, d.persistent])).toEqual([[yangxian.id, false]]);
      expect((await store.get(yangxian.id))?.text).toBe(yangxian.text);
    }
  });

  test('a database that never answers is given up on, not waited for', async () => {
    const silent = { open: () => Object.assign(new EventTarget(), { result: null, error: null }) } as unknown as IDBFactory;
    const store = await DocumentStore.open(silent, 50);
    expect(store.persistent).toBe(false);
  });

  test('when storage is full the document stays for the session, and save says so', async () => {
    const store = await DocumentStore.open(new IDBFactory());
    await store.save(zhejiang);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await store.save(yangxian)).toMatchObject({ kept: 'session', reason: 'quota', en: expect.stringMatching(/full/) });
    expect((await store.list()).map((d) => [d.id, d.persistent])).toEqual([[zhejiang.id, true], [yangxian.id, false]]);
    expect((await store.get(yangxian.id))?.text).toBe(yangxian.text);
  });
});
