/** Pasted text shorter than this is a search or a note, not a document: pasted outside a text field it is left alone. */
const MIN_PASTED_DOCUMENT = 200;

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null);

/**
 * Drag-and-drop anywhere on the page, and a document's text pasted outside any field, open the add-document dialog
 * with it. While a file is dragged over the page, `root` carries the class `dropping` (the page says where to drop).
 * Tiny, so it is on the page from the start; the dialog itself loads on first use.
 */
export function createPageDrop(root: HTMLElement, open: (input: { file?: File; text?: string }) => void): () => void {
  const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
  const over = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    root.classList.add('dropping');
  };
  const leave = (e: DragEvent) => {
    if (e.relatedTarget === null) root.classList.remove('dropping');
  };
  const drop = (e: DragEvent) => {
    root.classList.remove('dropping');
    if (!hasFiles(e) || e.defaultPrevented) return;
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (file) open({ file });
  };
  const paste = (e: ClipboardEvent) => {
    if (editable(e.target)) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text.trim().length < MIN_PASTED_DOCUMENT) return;
    e.preventDefault();
    open({ text });
  };
  window.addEventListener('dragover', over);
  window.addEventListener('dragleave', leave);
  window.addEventListener('drop', drop);
  document.addEventListener('paste', paste);
  return () => {
    window.removeEventListener('dragover', over);
    window.removeEventListener('dragleave', leave);
    window.removeEventListener('drop', drop);
    document.removeEventListener('paste', paste);
  };
}
