// Boot only: create the store and the shell, load the data, attach the components. No logic here.
import './styles.css';
import { loadAtlas } from './io/load-atlas.ts';
import { t } from './i18n/strings.ts';
import { createAppStore } from './state/store.ts';
import { createShell } from './ui/app-shell.ts';
import { createCompareView } from './ui/compare-view.ts';
import { createFilterBar } from './ui/filter-bar.ts';
import { createHeaderBar } from './ui/header-bar.ts';
import { createLegend } from './ui/legend.ts';
import { createRegionPanel } from './ui/region-panel.ts';
import { createMapTooltip } from './ui/map-tooltip.ts';
import { createMapView } from './map/map-view.ts';
import { createInsetSubscriber } from './state/subscribers/inset-sync.ts';
import { loadNational } from './io/boundaries.ts';

const store = createAppStore();
const shell = createShell(document.getElementById('app')!);
createRegionPanel(shell.panel, store);
shell.status.textContent = t(store.getState().lang, 'loading');
shell.sourceLine.textContent = t(store.getState().lang, 'sourceLine');

createHeaderBar(shell.header, store);
createFilterBar(shell.filters, store);
createLegend(shell.legend, store);
createCompareView(document.body, store);

const tooltip = createMapTooltip(shell.tooltip, store);
const mapView = createMapView(shell.map, store, (info) => tooltip.show(info));
void loadNational().then((national) => createInsetSubscriber(shell.mapWrap, store, national.inset));
// The first complete map, for tests and benchmarks that time it.
void mapView.then((v) => v.ready).then(() => document.documentElement.setAttribute('data-map-ready', ''));

loadAtlas()
  .then((data) => {
    store.getState().setData(data);
    shell.status.textContent = '';
  })
  .catch((err: Error) => {
    store.getState().setError(err.message);
    shell.status.textContent = `${t(store.getState().lang, 'loadFailed')}: ${err.message}`;
  });
