import type { Lang } from '../i18n/lang.ts';
import { t, tf, type StringKey } from '../i18n/strings.ts';
import type { Problem } from '../state/slices/session.ts';
import type { AppStore } from '../state/store.ts';
import { fill, h } from './dom.ts';

const MESSAGE: Record<Problem['kind'], StringKey> = {
  tasks: 'problemTasks',
  registry: 'problemRegistry',
  divisions: 'problemDivisions',
  boundaries: 'problemBoundaries',
  counties: 'problemCounties',
  composites: 'problemComposites',
  'missing-documents': 'problemMissingDocuments',
  basemap: 'problemBasemap',
  links: 'problemLinks',
};

/** What failed to load, each with what still works, until the reader dismisses it. File names and details are text. */
export function createProblemList(el: HTMLElement, store: AppStore): () => void {
  el.classList.add('problems');
  el.setAttribute('role', 'alert');
  const render = (problems: readonly Problem[], lang: Lang) => {
    el.hidden = problems.length === 0;
    el.setAttribute('aria-label', t(lang, 'problemsLabel'));
    fill(
      el,
      ...problems.map((p) => {
        const dismiss = h('button', { type: 'button', class: 'problem-dismiss' }, t(lang, 'problemDismiss'));
        dismiss.addEventListener('click', () => store.getState().dismissProblem(p.key));
        return h('p', { class: `problem problem-${p.kind}`, 'data-file': p.file }, tf(lang, MESSAGE[p.kind], { file: p.file, detail: p.detail }), ' ', dismiss);
      }),
    );
  };
  render(store.getState().problems, store.getState().lang);
  return store.subscribe(
    (s) => [s.problems, s.lang] as const,
    ([problems, lang]) => render(problems, lang),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
}
