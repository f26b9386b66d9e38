// Boot only: create the store and the shell, load the data, attach the components. No logic here.
import './styles.css';
import { loadAtlas } from './io/load-atlas.ts';
import { t } from './i18n/strings.ts';
import { createAppStore } from './state/store.ts';
import { createShell } from './ui/app-shell.ts';
import { createRegionPanel } from './ui/region-panel.ts';

const store = createAppStore();
const shell = createShell(document.getElementById('app')!);
createRegionPanel(shell.panel, store);
shell.status.textContent = t(store.getState().lang, 'loading');

loadAtlas()
  .then((data) => {
    store.getState().setData(data);
    shell.status.textContent = '';
  })
  .catch((err: Error) => {
    store.getState().setError(err.message);
    shell.status.textContent = `${t(store.getState().lang, 'loadFailed')}: ${err.message}`;
  });
