import { downloadBlob } from '../../export/download.ts';
import { t } from '../../i18n/strings.ts';
import { addedText } from '../../io/added-store.ts';
import type { BundleDocument } from '../../io/document-bundle.ts';
import type { AddedEntry } from '../../state/slices/documents.ts';
import { selectView } from '../../state/selectors.ts';
import type { AppState, AppStore } from '../../state/store.ts';
import { serializeUrlState } from '../../view/url-state.ts';
import { h } from '../dom.ts';

/**
 * The share dialog's third way, shown once documents were added in this browser: the view and the added documents'
 * text and metadata in one file, which another browser opens with 添加文档. A link alone cannot carry them.
 */
export function createBundleExport(store: AppStore) {
  const button = h('button', { type: 'button', class: 'share-bundle' });
  const hint = h('p', { class: 'share-hint' });
  const root = h('div', { class: 'share-field share-bundle-field', hidden: true }, hint, button);
  button.addEventListener('click', () => void save(store.getState()));
  return {
    root,
    render(s: AppState): void {
      root.hidden = s.added.entries.length === 0;
      button.textContent = t(s.lang, 'bundleExport');
      hint.textContent = t(s.lang, 'bundleExportHint');
    },
  };
}

async function save(s: AppState): Promise<void> {
  const [documents, { serializeBundle }] = await Promise.all([Promise.all(s.added.entries.map(bundleDocument)), import('../../io/document-bundle.ts')]);
  const text = serializeBundle({ view: serializeUrlState(selectView(s)), documents: documents.filter((d): d is BundleDocument => d !== null) });
  downloadBlob(new Blob([text], { type: 'application/json;charset=utf-8' }), `task-atlas-view-${new Date().toISOString().slice(0, 10)}.json`);
}

async function bundleDocument(e: AddedEntry): Promise<BundleDocument | null> {
  const text = await addedText(e.id);
  if (text === null) return null;
  const d = e.extracted.document;
  return { id: e.id, name: e.name, format: e.format, meta: { title: d.title, issuer: d.issuer, date: d.date, year: d.year, docNumber: d.docNumber, level: d.level, region: d.region }, text };
}
