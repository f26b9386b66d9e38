// Boot only: create the store and the shell, load the data, attach the components. No logic here.
import './styles.css';
import { loadAtlas } from './io/load-atlas.ts';
import { t } from './i18n/strings.ts';
import { createAppStore } from './state/store.ts';
import { createShell } from './ui/app-shell.ts';
import { createFilterBar } from './ui/filter-bar.ts';
import { createHeaderBar } from './ui/header-bar.ts';
import { createLegend } from './ui/legend.ts';
import { createRegionPanel } from './ui/region-panel.ts';
import { createTaskTable } from './ui/task-table.ts';

const store = createAppStore();
const shell = createShell(document.getElementById('app')!);
createRegionPanel(shell.panel, store);
shell.status.textContent = t(store.getState().lang, 'loading');
shell.sourceLine.textContent = t(store.getState().lang, 'sourceLine');

createHeaderBar(shell.header, store);
createFilterBar(shell.filters, store);
createLegend(shell.legend, store);
createTaskTable(shell.table, store);

loadAtlas()
  .then((data) => {
    store.getState().setData(data);
    shell.status.textContent = '';
  })
  .catch((err: Error) => {
    store.getState().setError(err.message);
    shell.status.textContent = `${t(store.getState().lang, 'loadFailed')}: ${err.message}`;
  });
