import { shallow } from 'zustand/vanilla/shallow';
import { t, type StringKey } from '../i18n/strings.ts';
import { selectView } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import type { ViewState } from '../view/schema.ts';
import { dialogFrame } from './dialog-frame.ts';
import { h } from './dom.ts';
import { createBundleExport } from './documents/bundle-export.ts';
import { shareLinks } from './share-links.ts';

export interface ShareDialogOptions {
  /** The page whose URL is shared. @default window.location */
  location?: Pick<Location, 'href'>;
  /** Where copies go; null when the page may not write to it. @default navigator.clipboard */
  clipboard?: Pick<Clipboard, 'writeText'> | null;
  /** Where the <dialog> lives. @default document.body */
  parent?: HTMLElement;
}

/**
 * The Share dialog: the current view as an absolute link and as a ready `<iframe>` snippet, each with a copy
 * button. It reads the store when opened and while open (a language switch re-labels it), never writes to it.
 *
 * Copying uses the async Clipboard API. Where that is missing or refused (plain http, a frame without the
 * clipboard-write permission) the text is selected and `execCommand('copy')` tried; if that fails too, the text
 * stays selected and the status says to press Ctrl+C.
 */
export function createShareDialog(store: AppStore, opts: ShareDialogOptions = {}) {
  const loc = opts.location ?? window.location;
  const clipboard = opts.clipboard === undefined ? (navigator.clipboard ?? null) : opts.clipboard;
  const frame = dialogFrame('share', { parent: opts.parent });
  const { id, dialog, heading } = frame;
  const field = (name: string, multiline: boolean) => {
    const label = h('label', { for: `${id}-${name}`, class: 'share-label' });
    const hint = h('p', { id: `${id}-${name}-hint`, class: 'share-hint' });
    const input = multiline
      ? h('textarea', { id: `${id}-${name}`, readonly: true, rows: 4, spellcheck: 'false', 'aria-describedby': hint.id })
      : h('input', { id: `${id}-${name}`, type: 'text', readonly: true, spellcheck: 'false', 'aria-describedby': hint.id });
    const copy = h('button', { type: 'button', class: 'share-copy', 'data-copy': name });
    const status = h('p', { class: 'share-status', role: 'status', 'aria-live': 'polite' });
    copy.addEventListener('click', () => void copyFrom(input, status));
    // A click in a read-only field selects all of it: the one thing anyone does there.
    input.addEventListener('focus', () => input.select());
    return { root: h('div', { class: `share-field share-${name}` }, label, hint, h('div', { class: 'share-row' }, input, copy), status), label, hint, input, copy, status };
  };
  const link = field('link', false);
  const embed = field('embed', true);
  const bundle = createBundleExport(store);
  dialog.append(link.root, embed.root, bundle.root);

  function render(s: AppState): void {
    const lang = s.lang;
    const text = (el: HTMLElement, key: StringKey) => (el.textContent = t(lang, key));
    frame.localize(lang);
    text(heading, 'shareTitle');
    text(link.label, 'shareLink');
    text(link.hint, 'shareLinkHint');
    text(link.copy, 'copyLink');
    text(embed.label, 'shareEmbed');
    text(embed.hint, 'shareEmbedHint');
    text(embed.copy, 'copyEmbed');
    const urls = shareLinks(selectView(s), loc.href, t(lang, 'embedFrameTitle'));
    // Values, never markup: the snippet is shown as the text it is.
    link.input.value = urls.link;
    embed.input.value = urls.snippet;
    bundle.render(s);
  }

  async function copyFrom(input: HTMLInputElement | HTMLTextAreaElement, status: HTMLElement): Promise<void> {
    const lang = store.getState().lang;
    for (const f of [link, embed]) f.status.textContent = '';
    try {
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(input.value);
      status.textContent = t(lang, 'copied');
      return;
    } catch {
      // Fall through to selecting the text.
    }
    input.focus();
    input.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    status.textContent = t(lang, copied ? 'copied' : 'copyManual');
  }

  const unsubscribe = store.subscribe(
    selectView,
    () => {
      if (dialog.open) render(store.getState());
    },
    { equalityFn: shallow<ViewState> },
  );

  /** Opens the dialog on the current view; focus goes back to `returnFocusTo` (the Share button) on close. */
  function open(returnFocusTo: HTMLElement | null = null): void {
    for (const f of [link, embed]) f.status.textContent = '';
    render(store.getState());
    frame.show(returnFocusTo);
    link.input.focus();
  }

  function destroy(): void {
    unsubscribe();
    frame.destroy();
  }

  return { open, close: frame.close, destroy, element: dialog };
}

export type ShareDialog = ReturnType<typeof createShareDialog>;
