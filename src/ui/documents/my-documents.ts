import type { Lang } from '../../i18n/lang.ts';
import { t, tf } from '../../i18n/strings.ts';
import { forgetDocument } from '../../io/added-store.ts';
import type { AddedEntry } from '../../state/slices/documents.ts';
import type { AppStore } from '../../state/store.ts';
import { h } from '../dom.ts';
import { showDocument } from './add-to-atlas.ts';

/** The documents added in this browser: title, file, tasks, whether kept; show one on the map, or remove it. */
export function renderMyDocuments(entries: readonly AddedEntry[], store: AppStore, lang: Lang, onShown: () => void): HTMLElement {
  const title = h('h3', { id: 'my-documents-title' }, t(lang, 'myDocuments'));
  if (!entries.length) return h('section', { class: 'my-documents', 'aria-labelledby': title.id }, title, h('p', { class: 'muted' }, t(lang, 'myDocumentsEmpty')));
  const items = entries.map((e) => {
    const name = e.extracted.document.title || e.name;
    const show = h('button', { type: 'button', class: 'my-document-show' }, t(lang, 'myDocumentsShow'));
    show.addEventListener('click', () => {
      showDocument(store, e);
      onShown();
    });
    const remove = h('button', { type: 'button', class: 'my-document-remove', 'aria-label': tf(lang, 'myDocumentsRemoveLabel', { title: name }) }, t(lang, 'myDocumentsRemove'));
    remove.addEventListener('click', () => {
      store.getState().removeDocument(e.id);
      void forgetDocument(e.id);
    });
    const facts = [e.name, tf(lang, 'myDocumentsTasks', { n: e.extracted.tasks.length }), e.kept.persistent ? null : t(lang, 'myDocumentsSession')].filter(Boolean).join(' · ');
    return h('li', { 'data-id': e.id }, h('strong', {}, name), h('span', { class: 'muted' }, ` ${facts}`), ' ', show, ' ', remove);
  });
  return h('section', { class: 'my-documents', 'aria-labelledby': title.id }, title, h('ul', {}, ...items));
}
