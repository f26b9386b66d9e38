import { beforeAll, describe, expect, test } from 'vitest';
import { handleMessage } from '../../src/embed/handle-message.ts';
import { selectMapMetric } from '../../src/state/map-metric.ts';
import { createAppStore } from '../../src/state/store.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/view/schema.ts';
import { parseUrlState, serializeUrlState } from '../../src/view/url-state.ts';
import { shippedAtlas } from '../joins/fixtures.ts';
import { loadIndicatorCode } from '../../src/state/metrics/indicator-loader.ts';

// The indicator code loads on first use in the page; here, once before the tests.
beforeAll(async () => {
  await loadIndicatorCode();
});

const data = shippedAtlas();
const msg = (type: string, payload: unknown) => ({ source: 'task-atlas', type, id: 1, payload });

/** What an embedding page's request does to a view: the next view, or the error it is answered with. */
function send(type: string, payload: unknown, view: ViewState = DEFAULT_VIEW) {
  const out = handleMessage(msg(type, payload), view, data);
  if (out.kind !== 'reply') throw new Error('ignored');
  return out.reply.type === 'error' ? { error: (out.reply.payload as { message: string }).message } : { view: out.next!, state: out.reply.payload };
}

describe('the indicator in URLs and embeds', () => {
  test('?indicator= and ?measures= open the indicator map and the filter, and print back the same', () => {
    const v = parseUrlState('?embed=1&indicator=old-compound-renovation&measures=migrant-worker-training');
    expect(v).toMatchObject({ embed: true, indicator: 'old-compound-renovation', filters: { indicators: ['migrant-worker-training'] } });
    expect(serializeUrlState(v)).toBe('?measures=migrant-worker-training&embed=1&indicator=old-compound-renovation');
    // A malformed id is dropped quietly, as every other parameter.
    expect(parseUrlState('?indicator=%3Cscript%3E&measures=,,x y').indicator).toBeNull();
  });

  test('an embedding page sets the indicator and the filter; the map the frame shows follows', () => {
    const r = send('setView', { indicator: 'migrant-worker-training', level: 'prefecture', focus: '610700' });
    expect(r.view).toMatchObject({ indicator: 'migrant-worker-training', level: 'prefecture', focus: '610700' });
    expect(r.state).toMatchObject({ indicator: 'migrant-worker-training' });
    const store = createAppStore();
    store.getState().setData(data);
    store.getState().applyView(r.view!);
    const metric = selectMapMetric(store.getState())!;
    expect(metric.id).toBe('indicator');
    expect(metric.symbols!.keys).toEqual(['610723']);
    const filtered = send('setFilters', { indicators: ['migrant-worker-training'] });
    expect(filtered.view!.filters.indicators).toEqual(['migrant-worker-training']);
    expect(filtered.state).toMatchObject({ taskCount: 3 });
    expect(send('setView', { indicator: null }, r.view).view!.indicator).toBeNull();
  });

  test('an id the registry does not hold is refused with a reason, and nothing changes', () => {
    expect(send('setView', { indicator: 'no-such-indicator' })).toEqual({ error: 'unknown indicator' });
    expect(send('setFilters', { indicators: ['no-such-indicator'] })).toEqual({ error: 'unknown indicator' });
    expect(send('setView', { indicator: '<img src=x>' }).error).toBeTruthy();
  });
});
