/**
 * The extraction Web Worker: reads an added document, builds the gazetteer once, extracts, and reports progress.
 * Started by src/io/extract-in-worker.ts; the protocol is in worker-protocol.ts.
 */
import { loadGazetteerFromApp } from '../io/load-gazetteer.ts';
import { createWorkerHandler } from './worker-handler.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's global scope.
const scope = self as unknown as { postMessage(message: WorkerResponse): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };
const handle = createWorkerHandler({ loadGazetteer: () => loadGazetteerFromApp(), post: (message) => scope.postMessage(message) });
scope.onmessage = (event) => void handle(event.data);
