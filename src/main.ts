// Boot only: create the store and the shell, load the data, attach the components. No logic here.
import './styles.css';
import { createEmbedApi } from './embed/embed-api.ts';
import { loadAtlas } from './io/load-atlas.ts';
import { t } from './i18n/strings.ts';
import { createAppStore } from './state/store.ts';
import { applyUrlView, createUrlSync } from './state/subscribers/url-sync.ts';
import { createShell } from './ui/app-shell.ts';
import { createCompareView } from './ui/compare-view.ts';
import { createEmbedMode } from './ui/embed-mode.ts';
import { createFilterBar } from './ui/filter-bar.ts';
import { createHeaderBar } from './ui/header-bar.ts';
import { createLegend } from './ui/legend.ts';
import { createRegionPanel } from './ui/region-panel.ts';
import { createMapTooltip } from './ui/map-tooltip.ts';
import { createMapView } from './map/map-view.ts';
import { createInsetSubscriber } from './state/subscribers/inset-sync.ts';
import { loadedGeometry, loadNational } from './io/boundaries.ts';
import { createShareDialog } from './ui/share-dialog.ts';
import { createSourceLine } from './ui/source-line.ts';
import { createTaskTable } from './ui/task-table.ts';
import { createStepsPersistence } from './state/subscribers/steps-persist.ts';
import { createPresentation } from './ui/presentation.ts';
import { createStepsDialog } from './ui/steps-dialog.ts';
import { createExportDialog } from './ui/export-dialog.ts';
import { exportPng } from './export/export-png.ts';
import { exportSvg } from './export/export-svg.ts';

const store = createAppStore();
// The URL's view goes in first, before the map or any component reads the store: the map opens on it.
applyUrlView(store, location.search);
const shell = createShell(document.getElementById('app')!);
createEmbedMode(shell, store);
createRegionPanel(shell.panel, store);
shell.status.textContent = t(store.getState().lang, 'loading');
createSourceLine(shell.sourceLine, store);

const share = createShareDialog(store);
createStepsPersistence(store);
const presentation = createPresentation(shell, store);
const steps = createStepsDialog(store, { onStart: (i, back) => void presentation.start(i, back) });
const exporter = createExportDialog(store, {
  png: async () => exportPng(store, (await mapView).capture),
  svg: () => exportSvg(store),
});
createHeaderBar(shell.header, store, {
  onShare: (button) => share.open(button),
  onPresent: (button) => steps.open(button),
  onExport: (button) => exporter.open(button),
});
createFilterBar(shell.filters, store);
createLegend(shell.legend, store);
createCompareView(document.body, store);

const tooltip = createMapTooltip(shell.tooltip, store);
const mapView = createMapView(shell.map, store, (info) => tooltip.show(info));
void loadNational().then((national) => createInsetSubscriber(shell.mapWrap, store, national.inset));
// The first complete map, for tests and benchmarks that time it.
void mapView.then((v) => v.ready).then(() => document.documentElement.setAttribute('data-map-ready', ''));
createUrlSync(store);
createEmbedApi(store);
createTaskTable(shell.table, store, { geometryOf: loadedGeometry });

loadAtlas()
  .then((data) => {
    store.getState().setData(data);
    shell.status.textContent = '';
  })
  .catch((err: Error) => {
    store.getState().setError(err.message);
    shell.status.textContent = `${t(store.getState().lang, 'loadFailed')}: ${err.message}`;
  });
