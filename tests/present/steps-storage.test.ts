import { describe, expect, test } from 'vitest';
import { MAX_STEPS, MAX_TITLE, type PresentationStep } from '../../src/present/steps.ts';
import { stepViewOf } from '../../src/view/step-view.ts';
import { loadSteps, parseSteps, saveSteps, serializeSteps, STEPS_KEY } from '../../src/present/steps-storage.ts';
import { parseUrlState } from '../../src/view/url-state.ts';
import { memoryStorage } from './memory-storage.ts';

const step = (title: string, search: string): PresentationStep => ({ title, view: parseUrlState(search) });

const STEPS = [
  step('全国概览', ''),
  step('陕西：户籍 & 土地 <重点>', '?level=province&focus=610000&region=xian-metro&cat=hukou,land&years=2023-2025'),
  step('', '?level=prefecture&focus=610700&region=610723&at=107.55,33.2,8.5&layers=labels&q=县城'),
];

describe('steps in localStorage', () => {
  test('a round trip gives back the same steps, views as a link would carry them', () => {
    const text = serializeSteps(STEPS);
    expect(JSON.parse(text)).toEqual({
      version: 1,
      steps: [
        { title: '全国概览', view: '' },
        { title: '陕西：户籍 & 土地 <重点>', view: '?level=province&focus=610000&region=xian-metro&cat=hukou%2Cland&years=2023-2025' },
        { title: '', view: '?level=prefecture&focus=610700&region=610723&q=%E5%8E%BF%E5%9F%8E&layers=labels&at=107.55%2C33.2%2C8.5' },
      ],
    });
    const back = parseSteps(text)!;
    expect(back).toEqual(STEPS.map((s) => ({ title: s.title, view: stepViewOf(s.view) })));
    expect(back[2]!.view.camera).toEqual({ lng: 107.55, lat: 33.2, zoom: 8.5 });
  });

  test('language, basemap, embedding, table and comparison are not part of a step', () => {
    const s = step('x', '?region=610723&lang=en&table=1&embed=1&compare=610723,610100&basemap=https://tiles.example/style.json');
    expect(JSON.parse(serializeSteps([s])).steps[0].view).toBe('?region=610723');
  });

  test.each([
    ['nothing stored', null],
    ['not JSON', '{steps: []'],
    ['JSON but not an object', '[1,2]'],
    ['a later version', JSON.stringify({ version: 2, steps: [] })],
    ['an unknown key', JSON.stringify({ version: 1, steps: [], extra: 1 })],
    ['steps not a list', JSON.stringify({ version: 1, steps: {} })],
    ['a step with an extra key', JSON.stringify({ version: 1, steps: [{ title: '', view: '', onclick: 'x' }] })],
    ['a step without a view', JSON.stringify({ version: 1, steps: [{ title: '' }] })],
    ['a title that is not text', JSON.stringify({ version: 1, steps: [{ title: 7, view: '' }] })],
    ['a title too long', JSON.stringify({ version: 1, steps: [{ title: 'x'.repeat(MAX_TITLE + 1), view: '' }] })],
    ['a title with a control character', JSON.stringify({ version: 1, steps: [{ title: 'a\u0000b', view: '' }] })],
    ['a view that is not a query string', JSON.stringify({ version: 1, steps: [{ title: '', view: 'javascript:alert(1)' }] })],
    ['a view with markup for a region', JSON.stringify({ version: 1, steps: [{ title: '', view: '?region=<img src=x onerror=alert(1)>' }] })],
    ['a view the parser must repair', JSON.stringify({ version: 1, steps: [{ title: '', view: '?level=province' }] })],
    ['a view in another order', JSON.stringify({ version: 1, steps: [{ title: '', view: '?cat=hukou&region=610723' }] })],
    ['a view with a script basemap', JSON.stringify({ version: 1, steps: [{ title: '', view: '?basemap=javascript:alert(1)' }] })],
    ['a camera out of range', JSON.stringify({ version: 1, steps: [{ title: '', view: '?at=500,0,3' }] })],
    ['too many steps', JSON.stringify({ version: 1, steps: Array.from({ length: MAX_STEPS + 1 }, () => ({ title: '', view: '' })) })],
    ['a __proto__ key', '{"version":1,"steps":[],"__proto__":{"polluted":true}}'],
    ['one good step and one bad', JSON.stringify({ version: 1, steps: [{ title: 'ok', view: '' }, { title: '', view: '?level=nowhere' }] })],
  ])('%s: ignored as a whole', (_, text) => {
    expect(parseSteps(text)).toBeNull();
    expect(loadSteps(memoryStorage(text === null ? {} : { [STEPS_KEY]: text }))).toEqual([]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  test('a title with markup is kept as the text it is', () => {
    const text = JSON.stringify({ version: 1, steps: [{ title: '<img src=x onerror=alert(1)>', view: '?region=610723' }] });
    expect(parseSteps(text)).toEqual([{ title: '<img src=x onerror=alert(1)>', view: stepViewOf(parseUrlState('?region=610723')) }]);
  });

  test('a storage that throws is no storage', () => {
    const throwing = { getItem: () => { throw new DOMException('denied', 'SecurityError'); } };
    expect(loadSteps(throwing)).toEqual([]);
    expect(loadSteps(null)).toEqual([]);
    const full = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => {} };
    expect(() => saveSteps(full, STEPS)).not.toThrow();
  });

  test('save writes the key, an empty list removes it', () => {
    const storage = memoryStorage();
    saveSteps(storage, STEPS);
    expect(loadSteps(storage)).toHaveLength(3);
    saveSteps(storage, []);
    expect(storage.getItem(STEPS_KEY)).toBeNull();
  });
});

