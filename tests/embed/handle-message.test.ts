import { describe, expect, test } from 'vitest';
import { handleMessage, type EmbedReply } from '../../src/embed/handle-message.ts';
import { parseUrlState } from '../../src/view/url-state.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/view/schema.ts';
import { shippedAtlas, shippedDocuments } from '../joins/fixtures.ts';

const data = shippedAtlas();
/** 户籍 tasks whose title or text has 落户 (settling), counted straight from the documents, not through the joins. */
const N_HUKOU_LUOHU = shippedDocuments().flatMap((d) => d.tasks).filter((t) => t.categories.includes('hukou') && `${t.title}${t.text}`.includes('落户')).length;
const msg = (type: string, payload?: unknown, id: unknown = 7) => ({ source: 'task-atlas', type, id, payload });
const view = (): ViewState => parseUrlState('?level=province&focus=610000&region=610100&cat=land&lang=en&at=108.9,34.3,6.5');

/** Applies a message the way the app does, returning the next view (or the same) and the reply. */
function run(message: unknown, v: ViewState = view()) {
  const out = handleMessage(message, v, data);
  if (out.kind === 'ignore') return { ignored: true as const, next: v, reply: null };
  return { ignored: false as const, next: out.next ?? v, changed: out.next !== null, reply: out.reply };
}

const errorOf = (reply: EmbedReply | null) => (reply?.type === 'error' ? (reply.payload as { message: string }).message : null);

describe('postMessage protocol: requests', () => {
  test('getState answers with the view, ready, and the task count under the filters', () => {
    const r = run(msg('getState'));
    expect(r.changed).toBe(false);
    expect(r.reply).toMatchObject({ source: 'task-atlas', type: 'state', id: 7 });
    expect(r.reply!.payload).toEqual({ ...view(), ready: true, taskCount: 7 });
    expect(handleMessage(msg('getState'), view(), null)).toMatchObject({ reply: { payload: { ready: false, taskCount: null } } });
  });

  test('the state sent is a copy: editing it cannot reach the view', () => {
    const v = view();
    const payload = run(msg('getState'), v).reply!.payload as ViewState;
    payload.filters.categories.push('hukou');
    expect(v.filters.categories).toEqual(['land']);
  });

  test('setView goes to 陕西 and selects 西安都市圈; the new state comes back', () => {
    const r = run(msg('setView', { level: 'province', focus: '610000', selected: 'xian-metro' }, 'a1'), { ...DEFAULT_VIEW });
    expect(r.next).toMatchObject({ level: 'province', focus: '610000', selected: 'xian-metro' });
    expect(r.reply).toMatchObject({ type: 'state', id: 'a1', payload: { selected: 'xian-metro', ready: true, taskCount: 143 } });
  });

  test('setView to another level without a camera lets the map frame it; with one, keeps it', () => {
    expect(run(msg('setView', { level: 'prefecture', focus: '610700' })).next.camera).toBeNull();
    expect(run(msg('setView', { selected: '610723' })).next.camera).toEqual({ lng: 108.9, lat: 34.3, zoom: 6.5 });
    const cam = { lng: 107.5, lat: 33.2, zoom: 8 };
    expect(run(msg('setView', { level: 'prefecture', focus: '610700', camera: cam })).next.camera).toEqual(cam);
  });

  test('setFilters merges into the filters and recounts', () => {
    const r = run(msg('setFilters', { categories: ['hukou'], text: '落户' }));
    expect(r.next.filters).toEqual({ ...DEFAULT_VIEW.filters, categories: ['hukou'], text: '落户' });
    expect(r.next.selected).toBe('610100');
    expect(N_HUKOU_LUOHU).toBe(7);
    expect((r.reply!.payload as { taskCount: number }).taskCount).toBe(N_HUKOU_LUOHU);
    const all = run(msg('setFilters', { categories: [] }));
    expect((all.reply!.payload as { taskCount: number }).taskCount).toBe(143);
  });

  test('values are stored in the URL’s normal form: sorted lists, trimmed text, rounded camera', () => {
    const r = run(msg('setView', { filters: { categories: ['land', 'hukou'], text: '  落户 ' }, camera: { lng: 108.123456, lat: 34.5, zoom: 6.789 } }));
    expect(r.next.filters.categories).toEqual(['hukou', 'land']);
    expect(r.next.filters.text).toBe('落户');
    expect(r.next.camera).toEqual({ lng: 108.1235, lat: 34.5, zoom: 6.79 });
  });

  test('what a payload leaves alone keeps its objects, so nothing downstream recounts', () => {
    const v = view();
    const r = run(msg('setView', { selected: '610700' }), v);
    expect(r.next.filters).toBe(v.filters);
    expect(r.next.layers).toBe(v.layers);
    expect(r.next.camera).toBe(v.camera);
  });

  test('setView(getState()) is accepted: the read-only and state-only keys come back unchanged', () => {
    const state = run(msg('getState')).reply!.payload;
    const r = run(msg('setView', state));
    expect(r.reply!.type).toBe('state');
    expect(r.next).toEqual(view());
  });
});

describe('postMessage protocol: what is ignored', () => {
  test.each([
    ['a string', 'getState'],
    ['null', null],
    ['an array', [msg('getState')]],
    ['another source', { source: 'other-widget', type: 'getState' }],
    ['our own reply', { source: 'task-atlas', type: 'state', payload: {} }],
    ['our own event', { source: 'task-atlas', type: 'change', payload: {} }],
    ['an unknown request', msg('eval', 'alert(1)')],
    ['a request type inherited, not own', Object.assign(Object.create({ source: 'task-atlas', type: 'getState' }), {})],
  ])('%s', (_, message) => {
    expect(handleMessage(message, view(), data)).toEqual({ kind: 'ignore' });
  });

  test('an id that is not a short string or a finite number is answered as null', () => {
    expect(run(msg('getState', undefined, { toString: 'x' })).reply!.id).toBeNull();
    expect(run(msg('getState', undefined, 'x'.repeat(101))).reply!.id).toBeNull();
    expect(run(msg('getState', undefined, Number.NaN)).reply!.id).toBeNull();
  });
});

describe('postMessage protocol: hostile payloads change nothing and get an error', () => {
  const hostile: Array<[string, string, unknown, string]> = [
    ['markup as a region', 'setView', { selected: '<img src=x onerror=alert(1)>' }, 'invalid selected'],
    ['a script as a level', 'setView', { level: '<script>alert(1)</script>', focus: '610000' }, 'invalid level'],
    ['a level without a focus', 'setView', { level: 'prefecture', focus: null }, 'invalid level or focus'],
    ['a focus at the country level', 'setView', { level: 'country', focus: '610000' }, 'invalid level or focus'],
    ['an unknown region that looks right', 'setView', { selected: 'no-such-metro' }, 'unknown region'],
    ['a prefecture as a province', 'setView', { level: 'province', focus: '610700' }, 'unknown focus'],
    ['an unknown document', 'setFilters', { documents: ['beijing-2099-plan'] }, 'unknown document'],
    ['an unknown department', 'setFilters', { departments: ['外星事务局'] }, 'unknown department'],
    ['an unknown category', 'setFilters', { categories: ['hukou', 'evil'] }, 'invalid filters.categories'],
    ['a category twice', 'setFilters', { categories: ['hukou', 'hukou'] }, 'invalid filters.categories'],
    ['a string for a list', 'setFilters', { categories: 'hukou' }, 'filters.categories must be a list'],
    ['a number for a string', 'setView', { selected: 610723 }, 'selected must be a string'],
    ['a string for a boolean', 'setFilters', { hasTarget: 'true' }, 'filters.hasTarget must be true or false'],
    ['years out of range', 'setFilters', { years: [3000, null] }, 'invalid filters.years'],
    ['years as strings', 'setFilters', { years: ['2023', null] }, 'filters.years must be a number'],
    ['years reversed', 'setFilters', { years: [2025, 2023] }, 'invalid filters.years'],
    ['a camera off the earth', 'setView', { camera: { lng: 500, lat: 0, zoom: 3 } }, 'invalid camera'],
    ['a camera of NaN', 'setView', { camera: { lng: Number.NaN, lat: 0, zoom: 3 } }, 'camera.lng must be a number'],
    ['a camera with an extra key', 'setView', { camera: { lng: 1, lat: 2, zoom: 3, pitch: 60 } }, 'unknown key in camera'],
    ['a language the app does not have', 'setView', { lang: 'fr' }, 'invalid lang'],
    ['compare of one region twice', 'setView', { compare: ['610000', '610000'] }, 'invalid compare'],
    ['compare of three', 'setView', { compare: ['610000', '330000', '110000'] }, 'compare must name two regions'],
    ['a huge string', 'setView', { selected: 'a'.repeat(1_000_000) }, 'selected is too long'],
    ['huge free text', 'setFilters', { text: 'x'.repeat(101) }, 'invalid filters.text'],
    ['a huge list', 'setFilters', { categories: new Array(100_000).fill('hukou') }, 'filters.categories is too long'],
    ['a basemap from elsewhere', 'setView', { basemap: 'https://evil.example/style.json' }, 'basemap is read-only'],
    ['leaving embed mode', 'setView', { embed: true }, 'embed is read-only'],
    ['an unknown key', 'setView', { onerror: 'alert(1)' }, 'unknown key in payload'],
    ['an unknown filter', 'setFilters', { where: '1=1' }, 'unknown key in filters'],
    ['__proto__ from JSON', 'setView', JSON.parse('{"__proto__": {"polluted": true}, "selected": "610723"}'), 'unknown key in payload'],
    ['__proto__ in filters', 'setFilters', JSON.parse('{"__proto__": {"categories": ["hukou"]}}'), 'unknown key in filters'],
    ['constructor.prototype', 'setView', { constructor: { prototype: { polluted: true } } }, 'unknown key in payload'],
    ['an object with another prototype', 'setView', Object.create({ selected: '610723' }), 'payload must be a plain object'],
    ['a payload that is not an object', 'setView', '?region=610723', 'payload must be an object'],
    ['an array payload', 'setFilters', [['hukou']], 'filters must be an object'],
    ['no payload', 'setView', undefined, 'payload must be an object'],
  ];

  test.each(hostile)('%s', (_, type, payload, error) => {
    const before = view();
    const r = run(msg(type, payload), before);
    expect(r.changed).toBe(false);
    expect(r.next).toBe(before);
    expect(errorOf(r.reply)).toBe(error);
    expect(r.reply!.id).toBe(7);
  });

  test('a getter is never run, a throwing Proxy is refused: only a same-page caller can send these', () => {
    let ran = false;
    const getter = Object.defineProperty({}, 'selected', { enumerable: true, get: () => ((ran = true), '610723') });
    expect(errorOf(run(msg('setView', getter)).reply)).toBe('payload.selected must be a value');
    expect(ran).toBe(false);
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(errorOf(run(msg('setView', trap)).reply)).toBe('invalid payload');
  });

  test('an error message names our fields, never the caller’s values', () => {
    for (const [, type, payload] of hostile) {
      const message = errorOf(run(msg(type, payload)).reply)!;
      expect(message).not.toMatch(/[<>]|alert|evil|polluted|1=1/);
      expect(message.length).toBeLessThan(60);
    }
  });

  test('nothing leaks onto Object.prototype', () => {
    for (const [, type, payload] of hostile) run(msg(type, payload));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('categories');
  });
});
