// Boot only: create the store and the shell, load the data, attach the components. No logic here.
import './styles.css';
import { createEmbedApi } from './embed/embed-api.ts';
import { t } from './i18n/strings.ts';
import { loadedGeometry } from './io/boundaries.ts';
import { lazy } from './lib/lazy.ts';
import { createInsetView } from './map/inset-view.ts';
import { createMapView } from './map/map-view.ts';
import { loadAtlasInto } from './state/load-atlas-into.ts';
import { createAppStore } from './state/store.ts';
import { restoreAddedDocuments } from './state/subscribers/added-documents.ts';
import { createIndicatorLoading } from './state/subscribers/indicator-loading.ts';
import { createLinksDemand } from './state/subscribers/links-demand.ts';
import { createStepsPersistence } from './state/subscribers/steps-persist.ts';
import { applyUrlView, createUrlSync } from './state/subscribers/url-sync.ts';
import { createShell } from './ui/app-shell.ts';
import { createPageDrop } from './ui/documents/page-drop.ts';
import { createEmbedMode } from './ui/embed-mode.ts';
import { createFilterBar } from './ui/filter-bar.ts';
import { createHeaderBar } from './ui/header-bar.ts';
import { createIndicatorPicker } from './ui/indicator-picker.ts';
import { createLegend } from './ui/legend.ts';
import { createMapNotice } from './ui/map-notice.ts';
import { createMapTooltip } from './ui/map-tooltip.ts';
import { onFirst } from './ui/on-first.ts';
import { createPresentation } from './ui/presentation.ts';
import { createProblemList } from './ui/problem-list.ts';
import { createSourceLine } from './ui/source-line.ts';

const store = createAppStore();
// The URL's view goes in first, before the map or any component reads the store: the map opens on it.
applyUrlView(store, location.search);
const shell = createShell(document.getElementById('app')!);
createEmbedMode(shell, store);
createProblemList(shell.problems, store);
// The region panel (its charts, and d3 with them) loads with the first selection; one made after the page opened
// takes focus, as every later one does.
const selectedAtBoot = store.getState().selected !== null;
onFirst(store, (s) => s.selected !== null, () => import('./ui/region-panel.ts').then((m) => m.createRegionPanel(shell.panel, store, { focusFirst: !selectedAtBoot })));
shell.status.textContent = t(store.getState().lang, 'loading');
createSourceLine(shell.sourceLine, store);

// Dialogs and the table load on first use: the first map does not wait for them.
const share = lazy(() => import('./ui/share-dialog.ts').then((m) => m.createShareDialog(store)));
createStepsPersistence(store);
const presentation = createPresentation(shell, store);
const steps = lazy(() => import('./ui/steps-dialog.ts').then((m) => m.createStepsDialog(store, { onStart: (i, back) => void presentation.start(i, back) })));
const exporter = lazy(() =>
  import('./ui/export-dialog.ts').then((m) =>
    m.createExportDialog(store, {
      png: async () => (await import('./export/export-png.ts')).exportPng(store, (await mapView).capture),
      svg: async () => (await import('./export/export-svg.ts')).exportSvg(store),
    }),
  ),
);
// Adding documents: the dialog (and the worker, pdf.js and storage behind it) loads on first use; a file dropped
// or a document pasted anywhere on the page opens it.
const adder = lazy(() => import('./ui/documents/add-document-dialog.ts').then((m) => m.createAddDocumentDialog(store)));
const addDocument = (opener: HTMLElement | null, input: { file?: File; text?: string } = {}) => void adder().then((d) => d.open(opener, input.file, input.text));
createPageDrop(shell.root, (input) => addDocument(null, input));
void restoreAddedDocuments(store);
createHeaderBar(shell.header, store, {
  onAddDocument: (button) => addDocument(button),
  onShare: (button) => void share().then((d) => d.open(button)),
  onPresent: (button) => void steps().then((d) => d.open(button)),
  onExport: (button) => void exporter().then((d) => d.open(button)),
});
// An indicator's code loads when one is first chosen; its cross-level table when first opened (picker or legend).
createIndicatorLoading(store);
const indicatorTable = lazy(() => import('./ui/indicator-table.ts').then((m) => m.createIndicatorTable(store)));
const openIndicatorTable = (button: HTMLElement) => void indicatorTable().then((d) => d.open(button));
createFilterBar(shell.filters, store);
// Above the filters, in their drawer on a phone: the filter bar fills the aside once, at creation.
shell.filters.prepend(createIndicatorPicker(store, { onTable: openIndicatorTable }).el);
createLegend(shell.legend, store, { onAction: (id, button) => id === 'indicator-table' && openIndicatorTable(button) });
createMapNotice(shell.mapWrap, store);
onFirst(store, (s) => s.compare !== null, () => import('./ui/compare-view.ts').then((m) => m.createCompareView(document.body, store)));

const tooltip = createMapTooltip(shell.tooltip, store);
const mapView = createMapView(shell.map, store, (info) => tooltip.show(info), {
  // On a phone the region panel is a sheet over the map's lower part.
  coveredBottom: () => {
    const sheet = shell.panel.getBoundingClientRect();
    // Hidden, or not laid out at all (presenting hides it with CSS): nothing covered.
    if (shell.panel.hidden || sheet.height === 0) return 0;
    const map = shell.map.getBoundingClientRect();
    return sheet.top < map.bottom && sheet.left <= map.left ? map.bottom - sheet.top : 0;
  },
});
// Without national boundaries there is no map: the boundary cache has put the problem in the page.
mapView.catch(() => {});
createInsetView(shell.mapWrap, store);
createUrlSync(store);
createEmbedApi(store);
// The cascade's links load when the view first asks for them (a cascade view or a link filter), never before the first map.
createLinksDemand(store);
onFirst(store, (s) => s.table, () => import('./ui/task-table.ts').then((m) => m.createTaskTable(shell.table, store, { geometryOf: loadedGeometry })));

// The page is usable once the regions are in; the tasks of a large corpus follow the first map.
onFirst(store, (s) => s.regions !== null, async () => (shell.status.textContent = ''));
loadAtlasInto(
  store,
  mapView.then((v) => v.ready),
).catch((err: Error) => {
  store.getState().setError(err.message);
  shell.status.textContent = `${t(store.getState().lang, 'loadFailed')}: ${err.message}`;
});
