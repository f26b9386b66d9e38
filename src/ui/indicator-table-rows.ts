import type { Lang } from '../i18n/lang.ts';
import { t, tf } from '../i18n/strings.ts';
import type { Commitment, CommitmentSource } from '../indicators/commitments.ts';
import type { CrossLevelResult, CrossLevelRow } from '../indicators/cross-level.ts';
import { commitmentValue, comparisonText, deadlineText, sumText } from '../view/indicator-text.ts';
import { h } from './dom.ts';

/** What the table needs besides the reading: names in the interface language, documents, and what a source link does. */
export interface CrossLevelContext {
  lang: Lang;
  nameOf: (key: string) => string;
  /** The title of a document by id (the link's description). */
  titleOf: (documentId: string) => string;
  onSource: (source: CommitmentSource, button: HTMLButtonElement) => void;
}

const COLUMNS = ['indicatorColRegion', 'indicatorColValue', 'indicatorColDeadline', 'indicatorColAgainst', 'indicatorColSource'] as const;

/**
 * The cross-level table: national, each province, each prefecture and county, and composites, in that order, a
 * line per commitment (a region committing in two units or by two deadlines has two), with its value, deadline,
 * how it stands against the level above (share of the parent's count, a rate above or below the parent's and the
 * national one, laxer flagged), the lower levels summed against it, and its source sentences with a link to each
 * in the document. A region with a document of its own that commits to nothing has a flagged line saying so.
 */
export function renderCrossLevelTable(result: CrossLevelResult, ctx: CrossLevelContext): HTMLTableElement {
  const { lang } = ctx;
  const head = h('thead', {}, h('tr', {}, ...COLUMNS.map((k) => h('th', { scope: 'col' }, t(lang, k)))));
  const body = h('tbody', {});
  for (const row of result.rows) for (const tr of rowsOf(result, row, ctx)) body.append(tr);
  return h('table', { class: 'indicator-table' }, h('caption', { class: 'visually-hidden' }, tf(lang, 'indicatorTableTitle', { name: result.indicator[lang] })), head, body);
}

function rowsOf(result: CrossLevelResult, row: CrossLevelRow, ctx: CrossLevelContext): HTMLTableRowElement[] {
  const { lang } = ctx;
  const span = Math.max(1, row.commitments.length);
  const region = h(
    'th',
    { scope: row.commitments.length > 1 ? 'rowgroup' : 'row', rowspan: span > 1 ? span : null, class: `region depth-${Math.min(row.depth, 4)}` },
    ctx.nameOf(row.key),
  );
  if (row.silent) {
    const note = tf(lang, row.documents.length === 1 ? 'indicatorSilentOne' : 'indicatorSilent', { n: row.documents.length });
    return [h('tr', { class: 'silent', 'data-key': row.key }, region, h('td', { colspan: 4 }, h('span', { class: 'flag' }, t(lang, 'indicatorFlagSilent')), ' ', note))];
  }
  return row.commitments.map((c, i) => {
    const against = againstOf(result, row, c, ctx);
    const laxer = against.some((a) => a.laxer);
    return h(
      'tr',
      { class: laxer ? 'commitment laxer' : 'commitment', 'data-key': row.key, 'data-unit': c.unit },
      i === 0 ? region : null,
      h('td', { class: 'value' }, commitmentValue(result.indicator, c, lang, true)),
      h('td', { class: 'deadline' }, deadlineText(c.deadline, lang)),
      h('td', { class: 'against' }, ...against.map((a) => h('div', { class: a.laxer ? 'laxer' : a.sum ? 'sum' : 'share' }, a.laxer ? h('span', { class: 'flag' }, t(lang, 'indicatorFlagLaxer')) : null, a.laxer ? ' ' : null, a.text))),
      h('td', { class: 'source' }, ...c.sources.map((src) => sourceLine(src, ctx))),
    );
  });
}

/** The comparisons and sums of one commitment: those of its unit and value (a region's other units have their own). */
function againstOf(result: CrossLevelResult, row: CrossLevelRow, c: Commitment, ctx: CrossLevelContext) {
  const mine = (x: { unit: string; value: number }) => x.unit === c.unit && x.value === c.value;
  const comparisons = row.comparisons.filter(mine).map((cmp) => ({
    text: comparisonText(result.indicator, cmp, ctx.nameOf(cmp.parentKey), ctx.lang),
    laxer: cmp.kind === 'rate' && cmp.laxer,
    sum: false,
  }));
  const sums = row.sums.filter((s) => mine(s) && s.deadline === c.deadline).map((s) => ({ text: sumText(result.indicator, s, ctx.lang), laxer: false, sum: true }));
  return [...comparisons, ...sums];
}

/** The clause as the extraction read it, and a button that opens the document with it highlighted. */
function sourceLine(src: CommitmentSource, ctx: CrossLevelContext): HTMLElement {
  const title = ctx.titleOf(src.documentId);
  const button = h('button', { type: 'button', class: 'source-open', title, 'aria-label': `${t(ctx.lang, 'showSource')}: ${title}` }, t(ctx.lang, 'showSource'));
  button.addEventListener('click', () => ctx.onSource(src, button));
  return h('div', { class: 'source-line-item' }, h('q', { lang: 'zh-CN' }, src.text), ' ', button);
}
