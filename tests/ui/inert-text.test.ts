// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import type { ExtractedDocument } from '../../src/domain/task.ts';
import { createAtlasData } from '../../src/joins/atlas-data.ts';
import { REGISTRY } from '../../src/regions/registry.ts';
import { divisions, shippedDocuments } from '../joins/fixtures.ts';
import { mountPanel } from './panel-fixtures.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="alert(2)">';

/** The shipped data with markup planted in every string the panel shows. */
function poisoned(): ExtractedDocument[] {
  const docs = structuredClone(shippedDocuments());
  const yang = docs.find((d) => d.document.id === 'yangxian-2023-work-points')!;
  yang.document.title += SCRIPT;
  yang.document.issuer += IMG;
  yang.sections[0]!.title += SCRIPT;
  const t = yang.tasks[0]!;
  t.title = `${SCRIPT}${t.title}`;
  t.text = `${SCRIPT}${t.text}`;
  t.label = IMG;
  t.departments = [...t.departments, SCRIPT];
  const target = yang.tasks.find((x) => x.targets.length)!.targets[0]!;
  target.text = `${IMG}${target.text}`;
  target.unit = SCRIPT;
  return docs;
}

describe('text from the data is inert', () => {
  test('markup in titles, departments, targets renders as text, never as elements', () => {
    const data = createAtlasData(poisoned(), divisions(), REGISTRY);
    const { el, store } = mountPanel(data);
    store.getState().select('610723');
    expect(el.querySelectorAll('li.task')).toHaveLength(20);
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(el.querySelector('.doc-title')!.textContent).toContain(SCRIPT);
    expect(el.querySelector('.doc-meta')!.textContent).toContain(IMG);
    expect(el.querySelector('.section-title')!.textContent).toContain(SCRIPT);
    expect(el.querySelector('li.task .task-title')!.textContent).toContain(SCRIPT);
    expect(el.querySelector('li.task .task-departments')!.textContent).toContain(SCRIPT);
    expect(el.querySelector('.targets-table')!.textContent).toContain(IMG);
    expect(el.querySelector('.targets-table')!.textContent).toContain(SCRIPT);
  });

  test('markup in a source text, inside and around the highlighted span, stays text', async () => {
    const source = `before ${SCRIPT} <b>${IMG}</b> after`;
    const start = source.indexOf('<b>');
    const { el, store, viewer } = mountPanel(createAtlasData(poisoned(), divisions(), REGISTRY), undefined, () => Promise.resolve(source));
    store.getState().select('610723');
    // The task's own span does not fit this made-up text, so open it with one that does.
    el.querySelector<HTMLButtonElement>('li.task .source-button')!.click();
    await vi.waitFor(() => expect(viewer.element.querySelector('.source-text')!.textContent).toBe(source));
    await viewer.open({ title: SCRIPT, file: 'x', span: [start, source.indexOf(' after')], lang: 'zh' });
    expect(viewer.element.querySelector('mark')!.textContent).toBe(`<b>${IMG}</b>`);
    expect(viewer.element.querySelector('h2')!.textContent).toBe(SCRIPT);
    expect(document.querySelector('script, img, b')).toBeNull();
  });
});
