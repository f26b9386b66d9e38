import type { Lang } from '../../i18n/lang.ts';
import { t, tf, type StringKey } from '../../i18n/strings.ts';
import type { AppStore } from '../../state/store.ts';
import { dialogFrame } from '../dialog-frame.ts';
import { fill, h } from '../dom.ts';
import { addToAtlas } from './add-to-atlas.ts';
import { importBundle, looksLikeBundle } from './import-bundle.ts';
import { createIntake, extractionWorker, type IntakeFailure, type IntakeState } from './intake.ts';
import { renderMyDocuments } from './my-documents.ts';
import { renderReview } from './review.ts';

const STAGE: Record<string, StringKey> = { gazetteer: 'stageGazetteer', read: 'stageRead', extract: 'stageExtract' };

/**
 * 添加文档: choose, drop or paste a plan; watch it being read (in a worker, with progress); review what was found;
 * add it. The list of documents added in this browser is below. Everything happens in the page: nothing is sent
 * anywhere.
 */
export function createAddDocumentDialog(store: AppStore) {
  const frame = dialogFrame('add-document', { attrs: { 'aria-describedby': 'add-document-hint' } });
  const hint = h('p', { id: 'add-document-hint', class: 'muted' });
  const intakeHost = h('div', { class: 'add-intake' });
  const message = h('p', { class: 'add-message', role: 'status', 'aria-live': 'polite' });
  const docsHost = h('div');
  frame.dialog.append(hint, message, intakeHost, docsHost);
  const lang = () => store.getState().lang;
  const say = (text: string, tone: 'ok' | 'error' | 'note' = 'ok') => {
    message.textContent = text;
    message.className = `add-message add-${tone}`;
  };
  const failed = (f: IntakeFailure) => say(tf(lang(), 'addFailed', { message: lang() === 'zh' ? f.zh : f.en }), 'error');
  const intake = createIntake(() => render(), failed);
  const picker = createPicker(lang, {
    file: (f) => void takeFile(f),
    text: (text) => void intake.readText(text, t(lang(), 'addPastedName')),
  });

  async function takeFile(file: File): Promise<void> {
    say('');
    const head = await file.slice(0, 64).text();
    if (!looksLikeBundle(file.name, head)) return intake.readFile(file);
    try {
      const n = await importBundle(store, await file.text());
      say(tf(lang(), 'bundleImported', { n }));
    } catch (err) {
      failed(err as IntakeFailure);
    }
  }

  async function confirm(): Promise<void> {
    const s = intake.state;
    if (s.kind !== 'review') return;
    const entry = await addToAtlas(store, s);
    intake.discard();
    const added = tf(lang(), 'addedSaved', { title: entry.extracted.document.title || entry.name, n: entry.extracted.tasks.length });
    say(entry.kept.persistent ? added : `${added} ${lang() === 'zh' ? entry.kept.zh : entry.kept.en}`, entry.kept.persistent ? 'ok' : 'note');
  }

  function render(): void {
    const l = lang();
    frame.localize(l);
    frame.heading.textContent = t(l, 'addTitle');
    hint.textContent = t(l, 'addHint');
    const s = intake.state;
    fill(intakeHost, s.kind === 'review' ? renderReview(s, store, l, { edit: (p) => void intake.edit(p), confirm: () => void confirm(), discard: intake.discard }) : s.kind === 'working' ? renderWorking(s, l, intake.cancel) : picker.render());
    fill(docsHost, renderMyDocuments(store.getState().added.entries, store, l, () => frame.close()));
  }

  const unsub = store.subscribe((s) => [s.added.entries, s.lang, s.data] as const, render, { equalityFn: (a, b) => a.every((x, i) => x === b[i]) });
  return {
    open(opener: HTMLElement | null, file?: File, text?: string): void {
      render();
      frame.show(opener);
      void extractionWorker().then((w) => w.warm());
      if (file) void takeFile(file);
      else if (text) picker.setText(text);
    },
    destroy(): void {
      unsub();
      frame.destroy();
    },
  };
}

function renderWorking(s: Extract<IntakeState, { kind: 'working' }>, lang: Lang, cancel: () => void): HTMLElement {
  const stage = s.progress ? t(lang, STAGE[s.progress.stage] ?? 'stageRead') : t(lang, 'stageRead');
  const bar = h('progress', { max: 1, 'aria-label': stage });
  if (s.progress) bar.value = s.progress.fraction;
  const stop = h('button', { type: 'button', class: 'add-cancel' }, t(lang, 'addCancel'));
  stop.addEventListener('click', cancel);
  return h('div', { class: 'add-working', 'aria-busy': 'true' }, h('p', {}, `${s.name} · ${stage}`), bar, stop);
}

/** The ways in: a drop zone with a file button, and a box to paste the text into. */
function createPicker(lang: () => Lang, take: { file: (f: File) => void; text: (text: string) => void }) {
  const input = h('input', { type: 'file', id: 'add-document-file', accept: '.txt,.text,.html,.htm,.docx,.pdf,.json,text/plain,text/html,application/pdf', class: 'visually-hidden' });
  input.addEventListener('change', () => input.files?.[0] && take.file(input.files[0]));
  const paste = h('textarea', { id: 'add-document-paste', rows: 5 });
  return {
    setText: (text: string) => (paste.value = text),
    render(): HTMLElement {
      const l = lang();
      const choose = h('button', { type: 'button', class: 'add-choose' }, t(l, 'addChoose'));
      choose.addEventListener('click', () => input.click());
      const zone = h('div', { class: 'add-drop' }, h('span', {}, t(l, 'addDrop')), ' ', choose, input);
      zone.addEventListener('dragover', (e) => e.preventDefault());
      zone.addEventListener('drop', (e) => {
        e.preventDefault();
        const f = e.dataTransfer?.files[0];
        if (f) take.file(f);
      });
      const read = h('button', { type: 'button', class: 'add-paste-read' }, t(l, 'addPasteRead'));
      read.addEventListener('click', () => paste.value.trim() && take.text(paste.value));
      return h('div', { class: 'add-picker' }, zone, h('label', { for: paste.id }, t(l, 'addPasteLabel')), paste, read);
    },
  };
}

export type AddDocumentDialog = ReturnType<typeof createAddDocumentDialog>;
