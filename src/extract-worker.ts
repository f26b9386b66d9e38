/**
 * The extraction Web Worker: reads an added document, builds the gazetteer once, extracts, and reports progress.
 * Started by src/io/extract-in-worker.ts; the protocol is in ingest/worker-protocol.ts. An entry point like
 * main.ts, so it sits above every layer it wires (io for the gazetteer, ingest for the work).
 */
import { loadGazetteerFromApp } from './io/load-gazetteer.ts';
import { createWorkerHandler } from './ingest/worker-handler.ts';
import type { WorkerRequest, WorkerResponse } from './ingest/worker-protocol.ts';

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's global scope.
const scope = self as unknown as { postMessage(message: WorkerResponse): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };
const handle = createWorkerHandler({ loadGazetteer: () => loadGazetteerFromApp(), post: (message) => scope.postMessage(message) });
scope.onmessage = (event) => void handle(event.data);
