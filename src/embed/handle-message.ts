import type { AtlasData } from '../joins/atlas-data.ts';
import type { ViewState } from '../view/schema.ts';
import { embedState, type EmbedState } from './embed-state.ts';
import { patchFilters, patchView } from '../view/view-patch.ts';

/** The `source` every message of the protocol carries, both ways: it tells ours apart from other frames' chatter. */
export const MESSAGE_SOURCE = 'task-atlas';

export type RequestType = 'getState' | 'setView' | 'setFilters';
const REQUESTS: readonly RequestType[] = ['getState', 'setView', 'setFilters'];

/** A request from the host page: `{ source: 'task-atlas', type, id?, payload }`. */
export interface EmbedRequest {
  source: typeof MESSAGE_SOURCE;
  type: RequestType;
  id?: string | number;
  payload?: unknown;
}

/** The answer to one request, sent back to its sender only. */
export interface EmbedReply {
  source: typeof MESSAGE_SOURCE;
  type: 'state' | 'error';
  /** The request's id when it was a short string or a finite number, otherwise null. */
  id: string | number | null;
  payload: EmbedState | { message: string };
}

/** What the app announces to the page framing it. */
export interface EmbedEvent {
  source: typeof MESSAGE_SOURCE;
  type: 'ready' | 'change';
  payload: EmbedState;
}

/** What a message does: nothing (not ours), or a reply and maybe a new view to apply first. */
export type MessageOutcome = { kind: 'ignore' } | { kind: 'reply'; reply: EmbedReply; next: ViewState | null };

/**
 * The whole postMessage protocol as a function: a message in, the view to apply and the reply out. It reads
 * nothing else, so every hostile case can be tested without a window. `links` (selectLinkFlags) counts the tasks a
 * link filter keeps.
 *
 * Messages that are not requests of this protocol are ignored without a reply: other scripts on the host page
 * post messages too, and our own `ready`/`change`/`state` messages must never be taken as requests.
 *
 * @example
 * handleMessage({ source: 'task-atlas', type: 'setFilters', id: 1, payload: { categories: ['hukou'] } }, view, data)
 * // { kind: 'reply', next: {...view, filters: {..., categories: ['hukou']}}, reply: { type: 'state', id: 1, payload } }
 */
export function handleMessage(message: unknown, view: ViewState, data: AtlasData | null, links: Uint8Array | null = null): MessageOutcome {
  const request = asRequest(message);
  if (!request) return { kind: 'ignore' };
  const reply = (type: EmbedReply['type'], payload: EmbedReply['payload']): EmbedReply => ({ source: MESSAGE_SOURCE, type, id: request.id, payload });
  if (request.type === 'getState') return { kind: 'reply', next: null, reply: reply('state', embedState(view, data, links)) };
  const result = (request.type === 'setView' ? patchView : patchFilters)(view, request.payload, data);
  if (!result.ok) return { kind: 'reply', next: null, reply: reply('error', { message: result.error }) };
  return { kind: 'reply', next: result.view, reply: reply('state', embedState(result.view, data, links)) };
}

/** The request in a message, or null when it is not one. Reads only own data properties; never throws. */
function asRequest(message: unknown): { type: RequestType; id: string | number | null; payload: unknown } | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const own = (k: string): unknown => {
    const d = Object.getOwnPropertyDescriptor(message, k);
    return d && 'value' in d ? d.value : undefined;
  };
  try {
    if (own('source') !== MESSAGE_SOURCE) return null;
    const type = own('type');
    if (!REQUESTS.includes(type as RequestType)) return null;
    const id = own('id');
    const goodId = (typeof id === 'string' && id.length <= 100) || (typeof id === 'number' && Number.isFinite(id));
    return { type: type as RequestType, id: goodId ? (id as string | number) : null, payload: own('payload') };
  } catch {
    return null;
  }
}
