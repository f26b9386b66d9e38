import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { createWorkerHandler } from '../../src/ingest/worker-handler.ts';
import type { WorkerRequest, WorkerResponse } from '../../src/ingest/worker-protocol.ts';
import { ExtractionFailed, ExtractionWorker, type Progress, type WorkerLike } from '../../src/io/extract-in-worker.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { nodePdfEnvironment } from '../../data/pdf-node.ts';
import { source } from '../extract/fixtures.ts';
import { docxOfShipped } from '../ingest/shipped-fixtures.ts';

const gazetteer = loadGazetteer();

/** The real worker logic behind a fake Worker: messages cloned as postMessage clones them, answered a tick later. */
function inProcessWorkers() {
  const made: Array<{ terminated: boolean; gazetteerLoads: number }> = [];
  const create = (): WorkerLike => {
    const state = { terminated: false, gazetteerLoads: 0 };
    made.push(state);
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => void (state.terminated = true),
      postMessage: (message: WorkerRequest) => {
        const copy = structuredClone(message);
        setTimeout(() => void handle(copy), 0);
      },
    };
    const handle = createWorkerHandler({
      loadGazetteer: async () => {
        state.gazetteerLoads++;
        return gazetteer;
      },
      pdfEnvironment: nodePdfEnvironment,
      post: (m: WorkerResponse) => {
        if (!state.terminated) worker.onmessage?.({ data: structuredClone(m) } as MessageEvent<WorkerResponse>);
      },
    });
    return worker;
  };
  return { create, made };
}

describe('extraction in a worker', () => {
  test('a Word file comes back read, with detected metadata, its tasks and rising progress', async () => {
    const { create, made } = inProcessWorkers();
    const client = new ExtractionWorker(create);
    const seen: Progress[] = [];
    const bytes = docxOfShipped('shaanxi-2023-key-tasks');
    const r = await client.read({ name: '重点工作任务.docx', bytes }, { onProgress: (p) => seen.push(p) }).result;
    expect(bytes.length).toBeGreaterThan(0); // the caller keeps its bytes
    expect(r.id).toMatch(/^added-[0-9a-f]{16}$/);
    expect(r.read.format).toBe('docx');
    expect(r.detected).toMatchObject({ issuer: '陕西省发展和改革委员会', region: { code: '610000' }, date: '2023-04-23' });
    expect(r.extracted.document).toMatchObject({ id: r.id, encoding: 'docx' });
    expect(r.extracted.tasks).toHaveLength(25);
    expect(r.extracted.tasks[0]!.id).toBe(`${r.id}/1`);
    // Targets carry their indicators, as the shipped atlas's do.
    const shipped = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'tasks.json'), 'utf8')) as { documents: ExtractedDocument[] }).documents;
    const indicators = (d: ExtractedDocument) => d.tasks.map((t) => t.targets.map((x) => x.indicator ?? null));
    expect(indicators(r.extracted)).toEqual(indicators(shipped.find((d) => d.document.id === 'shaanxi-2023-key-tasks')!));
    expect(indicators(r.extracted).flat().filter(Boolean).length).toBeGreaterThan(0);
    expect(seen.map((p) => p.fraction)).toEqual([...seen.map((p) => p.fraction)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ stage: 'extract', fraction: 1 });

    // Edited metadata: a re-extraction of the same text, same id, on the same worker and gazetteer.
    const edited = await client.extract(r.read.text, { ...r.detected, region: { code: '610700', name: '汉中市' }, level: 'prefecture' }).result;
    expect(edited.document).toMatchObject({ id: r.id, region: { code: '610700' }, level: 'prefecture' });
    expect(made).toHaveLength(1);
    expect(made[0]!.gazetteerLoads).toBe(1);
  });

  test('refusals arrive as ExtractionFailed with the reason in both languages', async () => {
    const client = new ExtractionWorker(inProcessWorkers().create);
    const png = client.read({ name: 'a.png', bytes: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0) }).result;
    await expect(png).rejects.toBeInstanceOf(ExtractionFailed);
    await expect(png).rejects.toMatchObject({ failure: { kind: 'ingest', code: 'not-a-document', zh: expect.stringMatching(/图片/) } });
    const note = client.read({ name: 'note.txt', bytes: new TextEncoder().encode('会议通知\n请各单位准时参加。') }).result;
    await expect(note).rejects.toMatchObject({ failure: { kind: 'extract', code: 'no-tasks', zh: expect.stringMatching(/编号的任务/) } });
  });

  test('cancel ends the worker at once; the next job starts a fresh one', async () => {
    const { create, made } = inProcessWorkers();
    const client = new ExtractionWorker(create);
    const job = client.read({ name: 'zj.txt', bytes: source('zhejiang-2023-work-points').bytes });
    job.cancel();
    await expect(job.result).rejects.toMatchObject({ failure: { code: 'cancelled' } });
    expect(made[0]!.terminated).toBe(true);
    const again = await client.read({ name: 'zj.txt', bytes: source('zhejiang-2023-work-points').bytes }).result;
    expect(again.extracted.tasks).toHaveLength(32);
    expect(made).toHaveLength(2);
  });
});
