// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { createSourceViewer } from '../../src/ui/source-viewer.ts';
import { shippedAtlas, shippedDocuments } from '../joins/fixtures.ts';
import { mountPanel, shippedSource } from './panel-fixtures.ts';

const national = shippedDocuments().find((d) => d.document.id === 'national-2022-key-tasks')!;
const task = national.tasks[0]!;
const file = national.document.file!;

function freshViewer(load: (file: string) => Promise<string>) {
  document.body.replaceChildren();
  return createSourceViewer({ load });
}

describe('source viewer', () => {
  test('the whole text, with exactly the task’s span marked (scraping markers and all)', async () => {
    const text = await shippedSource(file);
    expect(text.slice(task.span[0], task.span[1])).toContain('@@');
    const viewer = freshViewer(shippedSource);
    await viewer.open({ title: national.document.title, file, span: task.span, lang: 'zh' });
    const dialog = viewer.element;
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector('h2')!.textContent).toBe('2022年新型城镇化和城乡融合发展重点任务');
    const marks = dialog.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(text.slice(task.span[0], task.span[1]));
    expect(dialog.querySelector('.source-text')!.textContent).toBe(text);
    expect(dialog.querySelector('.source-text')!.childNodes).toHaveLength(3);
    expect(document.activeElement).toBe(marks[0]);
  });

  test('opened from the panel; closing gives focus back to the button', async () => {
    const { el, store, viewer } = mountPanel(shippedAtlas());
    store.getState().select('100000');
    const button = el.querySelector<HTMLButtonElement>(`li[data-task-id="${task.id}"] .source-button`)!;
    button.focus();
    button.click();
    await vi.waitFor(() => expect(viewer.element.querySelector('mark')).not.toBeNull());
    const text = await shippedSource(file);
    expect(viewer.element.querySelector('mark')!.textContent).toBe(text.slice(...task.span));
    viewer.element.querySelector<HTMLButtonElement>('.source-close')!.click();
    expect(viewer.element.open).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  test('a failed fetch says so, in the interface language', async () => {
    const viewer = freshViewer(() => Promise.reject(new Error('HTTP 404')));
    await viewer.open({ title: 'x', file, span: task.span, lang: 'en' });
    const status = viewer.element.querySelector('.source-status')!;
    expect(status.getAttribute('role')).toBe('alert');
    expect(status.textContent).toBe('Could not load the source text: HTTP 404');
    expect(viewer.element.querySelector('mark')).toBeNull();
  });

  test('a slow first fetch does not overwrite a later one', async () => {
    let release!: (s: string) => void;
    const slow = new Promise<string>((r) => (release = r));
    const viewer = freshViewer((f) => (f === 'slow.txt' ? slow : Promise.resolve('0123456789')));
    const first = viewer.open({ title: 'slow', file: 'slow.txt', span: [0, 3], lang: 'zh' });
    await viewer.open({ title: 'fast', file: 'fast.txt', span: [2, 5], lang: 'zh' });
    release('abcdefghij');
    await first;
    expect(viewer.element.querySelector('h2')!.textContent).toBe('fast');
    expect(viewer.element.querySelector('mark')!.textContent).toBe('234');
  });

  test('a span outside the text shows the text, marks nothing, and says so', async () => {
    const viewer = freshViewer(() => Promise.resolve('short'));
    await viewer.open({ title: 't', file: 'f', span: [3, 99], lang: 'zh' });
    expect(viewer.element.querySelector('mark')).toBeNull();
    expect(viewer.element.querySelector('.source-text')!.textContent).toBe('short');
    expect(viewer.element.querySelector('.source-status')!.textContent).toContain('[3, 99]');
  });
});
