// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { createExportDialog } from '../../src/ui/export-dialog.ts';

function mount(png: () => Promise<string>, svg: () => Promise<string> = () => Promise.resolve('x.svg')) {
  document.body.replaceChildren();
  const opener = document.createElement('button');
  document.body.append(opener);
  const store = createAppStore();
  const dialog = createExportDialog(store, { png, svg });
  const el = dialog.element;
  const q = <T extends HTMLElement>(sel: string) => el.querySelector<T>(sel)!;
  return { store, dialog, el, opener, q, status: q('.export-status') };
}

describe('export dialog', () => {
  test('two buttons that say what they save; focus on PNG, back to the opener on close', () => {
    const { dialog, el, opener, q, store } = mount(() => Promise.resolve('a.png'));
    dialog.open(opener);
    expect(el.open).toBe(true);
    expect(q('h2').textContent).toBe('导出图片');
    expect(q('button.export-png').textContent).toBe('导出 PNG');
    expect(q('button.export-svg').textContent).toBe('导出 SVG');
    expect(q(`#${q('button.export-png').getAttribute('aria-describedby')}`).textContent).toContain('2 倍分辨率');
    expect(document.activeElement).toBe(q('button.export-png'));
    store.getState().setLang('en');
    expect(q('button.export-svg').textContent).toBe('Export SVG');
    dialog.close();
    expect(document.activeElement).toBe(opener);
  });

  test('says it is working, then the file saved; both buttons wait meanwhile', async () => {
    let finish!: (file: string) => void;
    const { dialog, q, status } = mount(() => new Promise((r) => (finish = r)));
    dialog.open();
    q<HTMLButtonElement>('button.export-png').click();
    expect(status.textContent).toBe('正在生成…');
    expect(q<HTMLButtonElement>('button.export-png').disabled).toBe(true);
    expect(q<HTMLButtonElement>('button.export-svg').disabled).toBe(true);
    finish('task-atlas-china-2026-11-23.png');
    await new Promise((r) => setTimeout(r, 0));
    expect(status.textContent).toBe('已导出 task-atlas-china-2026-11-23.png');
    expect(q<HTMLButtonElement>('button.export-png').disabled).toBe(false);
  });

  test('a failure is told, as text', async () => {
    const { dialog, q, status } = mount(() => Promise.reject(new Error('<b>the map did not finish drawing</b>')));
    dialog.open();
    q<HTMLButtonElement>('button.export-png').click();
    await new Promise((r) => setTimeout(r, 0));
    expect(status.textContent).toBe('导出失败：<b>the map did not finish drawing</b>');
    expect(status.querySelector('b')).toBeNull();
    expect(status.classList.contains('error')).toBe(true);
  });
});
