import { serializeUrlState } from '../view/url-state.ts';
import type { ViewState } from '../view/schema.ts';

export interface ShareLinks {
  /** The absolute URL of the view, as the full app. */
  link: string;
  /** The absolute URL of the view in embed mode. */
  embedUrl: string;
  /** A ready `<iframe>` for that URL, its attributes escaped. */
  snippet: string;
}

/**
 * The links the Share dialog offers for `view`, on the page at `pageUrl` (its query and hash replaced). Both come
 * from `serializeUrlState`, so they hold exactly what a reload would restore; the snippet escapes its attribute
 * values, so it is valid HTML whatever the view holds (the free-text filter can hold quotes and angle brackets).
 *
 * @example
 * shareLinks(view, 'https://example.org/atlas/?x=1#y', '任务地图').embedUrl // 'https://example.org/atlas/?region=…&embed=1'
 */
export function shareLinks(view: ViewState, pageUrl: string, frameTitle: string): ShareLinks {
  const page = new URL(pageUrl);
  const base = `${page.origin === 'null' ? `${page.protocol}//` : page.origin}${page.pathname}`;
  const link = `${base}${serializeUrlState({ ...view, embed: false })}`;
  const embedUrl = `${base}${serializeUrlState({ ...view, embed: true })}`;
  // 16:10 at the width of most article columns; width 100% lets it follow the column.
  const snippet = `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(frameTitle)}" width="100%" height="480" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  return { link, embedUrl, snippet };
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
