import { t, tf, type StringKey } from '../i18n/strings.ts';
import type { AppStore } from '../state/store.ts';
import { dialogFrame } from './dialog-frame.ts';
import { h } from './dom.ts';

export interface ExportDialogOptions {
  /** Saves the current view as a PNG; resolves with the file name. */
  png: () => Promise<string>;
  /** Saves the current level's choropleth as an SVG; resolves with the file name. */
  svg: () => Promise<string>;
  /** Where the <dialog> lives. @default document.body */
  parent?: HTMLElement;
}

/**
 * The 导出 dialog: "导出 PNG" (the current view as a picture, at twice the resolution) and "导出 SVG" (the level's
 * choropleth as vector graphics), each with a line saying what it holds, and a status line that says when the
 * file is being made, saved, or why it failed. The work itself is given (src/export/export-png.ts, export-svg.ts).
 */
export function createExportDialog(store: AppStore, opts: ExportDialogOptions) {
  const frame = dialogFrame('export', { parent: opts.parent });
  const { id, dialog, heading } = frame;
  const option = (kind: 'png' | 'svg') => {
    const hint = h('p', { class: 'export-hint', id: `${id}-${kind}-hint` });
    const button = h('button', { type: 'button', class: `export-${kind}`, 'aria-describedby': hint.id });
    return { root: h('div', { class: 'export-option' }, button, hint), button, hint };
  };
  const png = option('png');
  const svg = option('svg');
  const status = h('p', { class: 'export-status', role: 'status', 'aria-live': 'polite' });
  dialog.append(png.root, svg.root, status);

  let busy = false;

  function render(): void {
    const lang = store.getState().lang;
    const text = (el: HTMLElement, key: StringKey) => (el.textContent = t(lang, key));
    frame.localize(lang);
    text(heading, 'exportTitle');
    text(png.button, 'exportPng');
    text(png.hint, 'exportPngHint');
    text(svg.button, 'exportSvg');
    text(svg.hint, 'exportSvgHint');
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
  const unsubscribe = store.subscribe((s) => s.lang, () => dialog.open && render());

  /** Opens the dialog; focus goes back to `returnFocusTo` (the 导出 button) on close. */
  function open(returnFocusTo: HTMLElement | null = null): void {
    if (!busy) status.textContent = '';
    render();
    frame.show(returnFocusTo);
    png.button.focus();
  }

  return {
    open,
    close: frame.close,
    destroy() {
      unsubscribe();
      frame.destroy();
    },
    element: dialog,
  };
}

export type ExportDialog = ReturnType<typeof createExportDialog>;
