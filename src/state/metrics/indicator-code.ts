// What the indicator view needs of the registry and the cross-level reading, as one chunk that loads when an
// indicator is first chosen or the picker first used (indicator-loader.ts): the registry's patterns stay out of the
// boot bundle.
export { INDICATORS, indicatorById } from '../../indicators/registry.ts';
export { selectIndicatorCatalog, type CatalogEntry } from './indicator-catalog.ts';
export { indicatorStatus, type IndicatorMap } from './indicator-map.ts';
export { selectIndicatorMap, selectIndicatorMetric } from './indicator-metric.ts';
