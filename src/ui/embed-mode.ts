import { shallow } from 'zustand/vanilla/shallow';
import { t, tf } from '../i18n/strings.ts';
import { selectRegionCount, selectView } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { serializeUrlState } from '../view/url-state.ts';
import type { Shell } from './app-shell.ts';
import { fill, h } from './dom.ts';

/**
 * Embed mode (`?embed=1`): the root gets the class `embed`, which hides the header, filters, panel and table
 * (styles.css), and a compact title goes over the map: the app's name and the level shown, the selected region
 * with its task count, and a link that opens the same view as the full app in a new tab.
 *
 * A click on a region in embed mode selects it as usual (the map outlines it, the URL and the `change` event carry
 * it, so a host page can show its own detail), but opens no panel: in a frame a few hundred pixels wide the panel
 * would cover the map it explains. The title line names the selection instead, politely announced.
 */
export function createEmbedMode(shell: Pick<Shell, 'root' | 'embedTitle'>, store: AppStore, loc: Pick<Location, 'pathname'> = window.location) {
  const heading = h('h1', { class: 'embed-heading' });
  const selection = h('p', { class: 'embed-selection', 'aria-live': 'polite' });
  const open = h('a', { class: 'embed-open', target: '_blank', rel: 'noopener' });
  fill(shell.embedTitle, heading, selection, open);

  const render = (s: AppState) => {
    shell.root.classList.toggle('embed', s.embed);
    shell.embedTitle.hidden = !s.embed;
    if (!s.embed) return;
    const lang = s.lang;
    const place = s.level === 'country' || !s.focus ? t(lang, 'levelCountry') : (s.data?.names.name(s.focus, lang) ?? '');
    fill(heading, t(lang, 'appTitle'), place ? h('small', {}, ` · ${place}`) : null);
    const name = s.selected && s.data ? s.data.names.name(s.selected, lang) : null;
    if (s.selected && name) {
      const n = selectRegionCount(s, s.selected);
      selection.textContent = tf(lang, n === 1 ? 'embedSelectedOne' : 'embedSelected', { name, n });
    } else {
      selection.textContent = '';
    }
    selection.hidden = selection.textContent === '';
    open.textContent = `${t(lang, 'embedOpenFull')} ↗`;
    open.setAttribute('aria-label', t(lang, 'embedOpenFullLabel'));
    // Built from the serialized view, never from the page's own URL text: only parameters we wrote.
    open.href = `${loc.pathname}${serializeUrlState({ ...selectView(s), embed: false })}`;
  };
  render(store.getState());
  const unsubscribe = store.subscribe(
    (s) => [selectView(s), s.data] as const,
    () => render(store.getState()),
    { equalityFn: (a, b) => shallow(a[0], b[0]) && a[1] === b[1] },
  );
  return {
    destroy() {
      unsubscribe();
      shell.root.classList.remove('embed');
      shell.embedTitle.replaceChildren();
      shell.embedTitle.hidden = true;
    },
  };
}

