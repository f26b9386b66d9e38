import { t } from '../i18n/strings.ts';
import type { Lang } from '../i18n/lang.ts';
import { h } from './dom.ts';

let nextId = 0;

export interface DialogFrameOptions {
  /** Where the <dialog> lives. @default document.body */
  parent?: HTMLElement;
  /** Extra attributes of the <dialog> (aria-describedby …). */
  attrs?: Record<string, string>;
  /** Whether closing gives focus back to the opener; a dialog that hands focus elsewhere says no. */
  restoreFocus?: () => boolean;
}

/**
 * What the header's dialogs (分享, 演示, 导出) share: a modal <dialog> named by its heading, with a × button. The ×,
 * Escape or a click on the backdrop close it, and focus goes back to the control that opened it. Classes are
 * `modal` and `<name>-dialog`, `modal-head` and `<name>-head` …: `modal*` carry the look every dialog shares
 * (styles.css), `<name>-*` what is its own; the body is appended by the caller.
 */
export function dialogFrame(name: string, opts: DialogFrameOptions = {}) {
  const id = `${name}-dialog-${nextId++}`;
  const heading = h('h2', { id: `${id}-title`, class: `modal-title ${name}-title` });
  const close = h('button', { type: 'button', class: `modal-close ${name}-close` }, '×');
  const dialog = h('dialog', { class: `modal ${name}-dialog`, 'aria-labelledby': heading.id, ...opts.attrs }, h('header', { class: `modal-head ${name}-head` }, heading, close));
  (opts.parent ?? document.body).append(dialog);

  let returnTo: HTMLElement | null = null;
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    const back = returnTo;
    returnTo = null;
    if (back?.isConnected && (opts.restoreFocus?.() ?? true)) back.focus();
  });

  return {
    id,
    dialog,
    heading,
    /** The dialog's language and the × button's name, in the interface language. */
    localize(lang: Lang): void {
      dialog.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      close.setAttribute('aria-label', t(lang, 'close'));
      close.title = t(lang, 'close');
    },
    /** Shows it modally; focus goes back to `returnFocusTo` on close. */
    show(returnFocusTo: HTMLElement | null): void {
      returnTo = returnFocusTo;
      if (!dialog.open) dialog.showModal();
    },
    /** The control that opened it, while it is open. */
    opener: (): HTMLElement | null => returnTo,
    close: () => dialog.open && dialog.close(),
    destroy(): void {
      returnTo = null;
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}
