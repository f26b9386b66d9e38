// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { applyUrlView } from '../../src/state/subscribers/url-sync.ts';
import { createShareDialog } from '../../src/ui/share-dialog.ts';

function mount(search: string, clipboard: { writeText: (s: string) => Promise<void> } | null) {
  document.body.replaceChildren();
  const opener = document.createElement('button');
  document.body.append(opener);
  const store = createAppStore();
  applyUrlView(store, search);
  const dialog = createShareDialog(store, { location: { href: `https://example.org/atlas/${search}` }, clipboard });
  const el = dialog.element;
  const link = el.querySelector('.share-link input') as HTMLInputElement;
  const snippet = el.querySelector('.share-embed textarea') as HTMLTextAreaElement;
  return { store, dialog, el, link, snippet, opener };
}

describe('share dialog', () => {
  test('opens on the current view, in the current language, and follows it while open', () => {
    const { store, dialog, el, link, snippet, opener } = mount('?region=610723', null);
    opener.focus();
    dialog.open(opener);
    expect(el.open).toBe(true);
    expect(el.querySelector('h2')!.textContent).toBe('分享此视图');
    expect(link.value).toBe('https://example.org/atlas/?region=610723');
    expect(snippet.value).toContain('src="https://example.org/atlas/?region=610723&amp;embed=1"');
    store.getState().setLang('en');
    expect(el.querySelector('h2')!.textContent).toBe('Share this view');
    expect(link.value).toBe('https://example.org/atlas/?region=610723&lang=en');
    dialog.close();
    expect(document.activeElement).toBe(opener);
  });

  test('copies through the clipboard and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const { dialog, el } = mount('?cat=hukou', { writeText });
    dialog.open();
    (el.querySelector('.share-link .share-copy') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector('.share-link .share-status')!.textContent).toBe('已复制到剪贴板'));
    expect(writeText).toHaveBeenCalledWith('https://example.org/atlas/?cat=hukou');
  });

  test('when the clipboard refuses, the text is selected and the status says how to copy', async () => {
    const { dialog, el, snippet } = mount('?cat=hukou', { writeText: () => Promise.reject(new Error('denied')) });
    document.execCommand = () => false;
    dialog.open();
    (el.querySelector('.share-embed .share-copy') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector('.share-embed .share-status')!.textContent).toBe('已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制'));
    expect(document.activeElement).toBe(snippet);
    expect([snippet.selectionStart, snippet.selectionEnd]).toEqual([0, snippet.value.length]);
  });

  test('markup in the view stays text in the fields', () => {
    const { dialog, el, link } = mount(`?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, null);
    dialog.open();
    expect(el.querySelector('img')).toBeNull();
    expect(new URL(link.value).searchParams.get('q')).toBe('<img src=x onerror=alert(1)>');
  });
});
