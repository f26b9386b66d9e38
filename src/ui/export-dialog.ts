import { t, tf, type StringKey } from '../i18n/strings.ts';
import type { AppStore } from '../state/store.ts';
import { h } from './dom.ts';

export interface ExportDialogOptions {
  /** Saves the current view as a PNG; resolves with the file name. */
  png: () => Promise<string>;
  /** Saves the current level's choropleth as an SVG; resolves with the file name. */
  svg: () => Promise<string>;
  /** Where the <dialog> lives. @default document.body */
  parent?: HTMLElement;
}

let nextId = 0;

/**
 * The 导出 dialog: "导出 PNG" (the current view as a picture, at twice the resolution) and "导出 SVG" (the level's
 * choropleth as vector graphics), each with a line saying what it holds, and a status line that says when the
 * file is being made, saved, or why it failed. The work itself is given (src/export/export-png.ts, export-svg.ts).
 */
export function createExportDialog(store: AppStore, opts: ExportDialogOptions) {
  const id = `export-dialog-${nextId++}`;
  const heading = h('h2', { id: `${id}-title`, class: 'export-title' });
  const close = h('button', { type: 'button', class: 'export-close' }, '×');
  const option = (kind: 'png' | 'svg') => {
    const hint = h('p', { class: 'export-hint', id: `${id}-${kind}-hint` });
    const button = h('button', { type: 'button', class: `export-${kind}`, 'aria-describedby': hint.id });
    return { root: h('div', { class: 'export-option' }, button, hint), button, hint };
  };
  const png = option('png');
  const svg = option('svg');
  const status = h('p', { class: 'export-status', role: 'status', 'aria-live': 'polite' });
  const dialog = h(
    'dialog',
    { class: 'export-dialog', 'aria-labelledby': heading.id },
    h('header', { class: 'export-head' }, heading, close),
    png.root,
    svg.root,
    status,
  );
  (opts.parent ?? document.body).append(dialog);

  let returnTo: HTMLElement | null = null;
  let busy = false;

  function render(): void {
    const lang = store.getState().lang;
    const text = (el: HTMLElement, key: StringKey) => (el.textContent = t(lang, key));
    dialog.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    text(heading, 'exportTitle');
    text(png.button, 'exportPng');
    text(png.hint, 'exportPngHint');
    text(svg.button, 'exportSvg');
    text(svg.hint, 'exportSvgHint');
    close.setAttribute('aria-label', t(lang, 'close'));
    close.title = t(lang, 'close');
  }

  async function run(make: () => Promise<string>): Promise<void> {
    if (busy) return;
    busy = true;
    png.button.disabled = svg.button.disabled = true;
    dialog.setAttribute('aria-busy', 'true');
    status.classList.remove('error');
    status.textContent = t(store.getState().lang, 'exportWorking');
    try {
      const file = await make();
      status.textContent = tf(store.getState().lang, 'exportDone', { file });
    } catch (e) {
      status.classList.add('error');
      status.textContent = tf(store.getState().lang, 'exportFailed', { message: e instanceof Error ? e.message : String(e) });
    } finally {
      busy = false;
      png.button.disabled = svg.button.disabled = false;
      dialog.removeAttribute('aria-busy');
    }
  }

  png.button.addEventListener('click', () => void run(opts.png));
  svg.button.addEventListener('click', () => void run(opts.svg));
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    const back = returnTo;
    returnTo = null;
    if (back?.isConnected) back.focus();
  });
  const unsubscribe = store.subscribe((s) => s.lang, () => dialog.open && render());

  /** Opens the dialog; focus goes back to `returnFocusTo` (the 导出 button) on close. */
  function open(returnFocusTo: HTMLElement | null = null): void {
    returnTo = returnFocusTo;
    if (!busy) status.textContent = '';
    render();
    if (!dialog.open) dialog.showModal();
    png.button.focus();
  }

  return {
    open,
    close: () => dialog.open && dialog.close(),
    destroy() {
      unsubscribe();
      if (dialog.open) dialog.close();
      dialog.remove();
    },
    element: dialog,
  };
}

export type ExportDialog = ReturnType<typeof createExportDialog>;
