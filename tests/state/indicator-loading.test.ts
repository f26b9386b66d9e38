import { describe, expect, test, vi } from 'vitest';
import { selectMapMetric } from '../../src/state/map-metric.ts';
import { indicatorCode } from '../../src/state/metrics/indicator-loader.ts';
import { createAppStore } from '../../src/state/store.ts';
import { createIndicatorLoading } from '../../src/state/subscribers/indicator-loading.ts';
import { shippedAtlas } from '../joins/fixtures.ts';

describe('the indicator code loads on first use', () => {
  test('not at start; when an indicator is chosen, and then the map’s metric is the indicator’s', async () => {
    const store = createAppStore();
    store.getState().setData(shippedAtlas());
    createIndicatorLoading(store);
    expect(indicatorCode()).toBeNull();
    store.getState().setIndicator('migrant-worker-training');
    // Until it is in, the map shows task counts rather than nothing.
    expect(selectMapMetric(store.getState())!.id).toBe('tasks');
    const heard = vi.fn();
    store.subscribe((s) => selectMapMetric(s)?.id, heard);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith('indicator', 'tasks'));
    expect(indicatorCode()).not.toBeNull();
  });
});
