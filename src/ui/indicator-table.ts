import { createIndicatorTimeline } from '../charts/indicator-timeline.ts';
import { CHINA_CODE } from '../domain/admin-code.ts';
import { t, tf } from '../i18n/strings.ts';
import { indicatorTimelineData } from '../indicators/timeline-data.ts';
import { unitRank } from '../indicators/units.ts';
import { selectIndicatorMap } from '../state/metrics/indicator-metric.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { unitLabel } from '../view/indicator-text.ts';
import { dialogFrame } from './dialog-frame.ts';
import { fill, h } from './dom.ts';
import { renderCrossLevelTable } from './indicator-table-rows.ts';
import { createSourceViewer, type SourceViewer } from './source-viewer.ts';

export interface IndicatorTableOptions {
  /** Where the <dialog> lives. @default document.body */
  parent?: HTMLElement;
  /** The dialog that shows source texts. @default one of its own, loading the shipped texts */
  viewer?: SourceViewer;
}

/**
 * The chosen indicator's cross-level table in a dialog: what the nation, each province, prefecture and county
 * commit to, how each stands against the level above, the regions that commit to nothing, each commitment's source
 * sentence with a link into the document, and the commitments' deadlines on a timeline. It follows the chosen
 * indicator and the language while open, and closes when the indicator is cleared.
 */
export function createIndicatorTable(store: AppStore, opts: IndicatorTableOptions = {}) {
  const frame = dialogFrame('indicator-table', { parent: opts.parent });
  const { dialog, heading } = frame;
  const viewer = opts.viewer ?? createSourceViewer({ parent: opts.parent });
  const intro = h('div', { class: 'indicator-table-intro' });
  const tableBox = h('div', { class: 'indicator-table-box' });
  const timelineTitle = h('h3', { class: 'indicator-timeline-title' });
  const timelineBox = h('div', { class: 'indicator-timeline-box' });
  dialog.append(h('div', { class: 'indicator-table-body' }, intro, tableBox, h('section', { class: 'indicator-timeline-section' }, timelineTitle, timelineBox)));
  const timeline = createIndicatorTimeline(timelineBox);

  function render(s: AppState): void {
    const { lang } = s;
    frame.localize(lang);
    const m = selectIndicatorMap(s);
    if (!m || !s.data) {
      heading.textContent = t(lang, 'indicatorPickerTitle');
      fill(intro, h('p', {}, t(lang, 'loading')));
      fill(tableBox);
      return;
    }
    const { result } = m;
    const { indicator } = result;
    const data = s.data;
    const nameOf = (key: string) => (key === CHINA_CODE ? t(lang, 'levelCountry') : (data.names.name(key, lang) ?? m.rows.get(key)?.name ?? key));
    const docs = new Map(data.table.documents.map((d) => [d.document.id ?? d.document.title, d.document]));
    heading.textContent = tf(lang, 'indicatorTableTitle', { name: indicator[lang] });
    const units = [...new Set(result.rows.flatMap((r) => r.commitments.map((c) => c.unit)))]
      .sort((a, b) => unitRank(indicator, a) - unitRank(indicator, b))
      .map((u) => unitLabel(indicator, u, lang, true));
    fill(
      intro,
      result.empty ? h('p', { class: 'legend-message' }, tf(lang, 'indicatorEmpty', { name: indicator[lang] })) : null,
      h('p', {}, t(lang, indicator.kind === 'count' ? 'indicatorHowCount' : 'indicatorHowRate')),
      units.length > 1 ? h('p', {}, tf(lang, 'indicatorUnitsTable', { units: units.join(t(lang, 'summaryItemSeparator')) })) : null,
    );
    fill(
      tableBox,
      renderCrossLevelTable(result, {
        lang,
        nameOf,
        titleOf: (id) => docs.get(id)?.title ?? id,
        onSource: (src, button) => {
          const doc = docs.get(src.documentId);
          if (!doc?.file) return;
          void viewer.open({ title: doc.title, file: doc.file, span: src.span, lang, returnFocusTo: () => (button.isConnected ? button : heading) });
        },
      }),
    );
    timelineTitle.textContent = t(lang, 'panelTimeline');
    timeline.update(
      indicatorTimelineData(result, {
        lang,
        title: tf(lang, 'indicatorTimelineTitle', { name: indicator[lang] }),
        labels: { empty: t(lang, 'indicatorTimelineEmpty'), undated: t(lang, 'indicatorNoDeadline'), laxer: t(lang, 'indicatorFlagLaxer') },
        regionName: (key) => nameOf(key),
      }),
    );
  }

  const unsub = store.subscribe(
    (s) => [s.indicator, s.data, s.lang] as const,
    () => {
      if (!dialog.open) return;
      if (store.getState().indicator === null) frame.close();
      else render(store.getState());
    },
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );

  return {
    /** Shows the table of the chosen indicator; focus goes back to `returnFocusTo` on close. */
    open(returnFocusTo: HTMLElement | null): void {
      if (store.getState().indicator === null) return;
      frame.show(returnFocusTo);
      // Drawn once open: the timeline lays out at its box's measured width.
      render(store.getState());
    },
    close: frame.close,
    element: dialog,
    destroy(): void {
      unsub();
      timeline.destroy();
      if (!opts.viewer) viewer.destroy();
      frame.destroy();
    },
  };
}
