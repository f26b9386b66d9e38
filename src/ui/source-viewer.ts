import type { Span } from '../domain/task.ts';
import { t } from '../i18n/strings.ts';
import { documentText } from '../io/document-text.ts';
import type { Lang } from '../i18n/lang.ts';
import { h } from './dom.ts';

export interface SourceViewerOptions {
  /** Where the text comes from. @default documentText (a shipped document's file, or an added document's id) */
  load?: (file: string) => Promise<string>;
  /** Where the <dialog> lives: outside the panel, which hides when the region is closed. @default document.body */
  parent?: HTMLElement;
}

export interface SourceRequest {
  /** The document's title, the dialog's heading. */
  title: string;
  /** The source whose text the span counts in: a shipped file, or an added document's id (io/document-text.ts). */
  file: string;
  /** The passage to highlight: offsets into exactly that text. */
  span: Span;
  lang: Lang;
  /** Where focus goes when the dialog closes (the button that opened it, or something near if that is gone). */
  returnFocusTo?: () => HTMLElement | null;
}

let nextId = 0;

/**
 * A modal dialog with a document's whole original text, the task's passage marked and scrolled into view.
 * The text goes in as three text nodes around a <mark>: nothing in a document can become markup.
 */
export function createSourceViewer(opts: SourceViewerOptions = {}) {
  const load = opts.load ?? documentText;
  const headingId = `source-viewer-title-${nextId++}`;
  const heading = h('h2', { id: headingId, class: 'modal-title source-title' });
  const close = h('button', { type: 'button', class: 'modal-close source-close' }, '×');
  const status = h('p', { class: 'source-status', role: 'status' });
  const text = h('div', { class: 'source-text' });
  const dialog = h(
    'dialog',
    { class: 'modal source-viewer', 'aria-labelledby': headingId },
    h('header', { class: 'modal-head source-head' }, heading, close),
    status,
    text,
  );
  (opts.parent ?? document.body).append(dialog);

  // Bumped on every open and close, so a slow fetch never fills a dialog that moved on.
  let token = 0;
  let returnFocusTo: SourceRequest['returnFocusTo'];

  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the <dialog> itself; clicks on its content land on its children.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  // Escape closes a modal <dialog> natively (a 'cancel', then 'close'); both ways end here.
  dialog.addEventListener('close', () => {
    token++;
    const back = returnFocusTo?.();
    returnFocusTo = undefined;
    back?.focus();
  });

  async function open(req: SourceRequest): Promise<void> {
    const mine = ++token;
    returnFocusTo = req.returnFocusTo;
    heading.textContent = req.title;
    close.setAttribute('aria-label', t(req.lang, 'close'));
    close.title = t(req.lang, 'close');
    dialog.setAttribute('lang', req.lang === 'zh' ? 'zh-CN' : 'en');
    text.lang = 'zh-CN';
    text.replaceChildren();
    status.className = 'source-status';
    status.setAttribute('role', 'status');
    status.textContent = t(req.lang, 'sourceLoading');
    if (!dialog.open) dialog.showModal();

    let body: string;
    try {
      body = await load(req.file);
    } catch (err) {
      if (mine !== token) return;
      status.className = 'source-status error';
      status.setAttribute('role', 'alert');
      status.textContent = `${t(req.lang, 'sourceFailed')}: ${(err as Error).message}`;
      return;
    }
    if (mine !== token) return;
    status.textContent = '';
    const [start, end] = req.span;
    if (!(start >= 0 && start <= end && end <= body.length)) {
      // A span that does not fit this text: show the text, mark nothing, and say so.
      text.append(body);
      status.className = 'source-status error';
      status.textContent = `${t(req.lang, 'sourceUnavailable')}: [${start}, ${end}]`;
      return;
    }
    const mark = h('mark', { tabindex: -1 }, body.slice(start, end));
    text.append(document.createTextNode(body.slice(0, start)), mark, document.createTextNode(body.slice(end)));
    mark.scrollIntoView({ block: 'center' });
    // Focus on the passage, so a screen reader starts reading where the task is.
    mark.focus({ preventScroll: true });
  }

  function destroy(): void {
    token++;
    returnFocusTo = undefined;
    if (dialog.open) dialog.close();
    dialog.remove();
  }

  return { open, close: () => dialog.open && dialog.close(), destroy, element: dialog };
}

export type SourceViewer = ReturnType<typeof createSourceViewer>;
