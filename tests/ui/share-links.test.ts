import { describe, expect, test } from 'vitest';
import { parseUrlState } from '../../src/view/url-state.ts';
import { shareLinks } from '../../src/ui/share-links.ts';

const view = parseUrlState('?level=province&focus=610000&region=xian-metro&cat=hukou&lang=en');

describe('share links', () => {
  test('absolute, on the page’s own path, its old query and hash replaced', () => {
    const s = shareLinks(view, 'https://example.org/atlas/index.html?junk=1#x', 'Task Atlas');
    expect(s.link).toBe('https://example.org/atlas/index.html?level=province&focus=610000&region=xian-metro&cat=hukou&lang=en');
    expect(s.embedUrl).toBe(`${s.link}&embed=1`);
  });

  test('the link is the full app even when shared from embed mode; the embed URL always embeds', () => {
    const embedded = { ...view, embed: true };
    expect(shareLinks(embedded, 'https://example.org/', 't').link).not.toContain('embed');
    expect(shareLinks(parseUrlState(''), 'https://example.org/', 't').embedUrl).toBe('https://example.org/?embed=1');
  });

  test('the snippet is one iframe with escaped attributes, whatever the view holds', () => {
    const hostile = { ...view, filters: { ...view.filters, text: '"><script>alert(1)</script>' } };
    const { snippet, embedUrl } = shareLinks(hostile, 'https://example.org/', 'A "quoted" <title>');
    expect(snippet).toMatch(/^<iframe src="[^"<>]*" title="A &quot;quoted&quot; &lt;title&gt;" width="100%" height="480" style="border:0;max-width:100%" loading="lazy"><\/iframe>$/);
    // Decoding the attribute gives back the URL, which reopens the same view.
    const src = /src="([^"]*)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    expect(src).toBe(embedUrl);
    expect(parseUrlState(new URL(src).search).filters.text).toBe('"><script>alert(1)</script>');
  });

  test('a file:// page (opaque origin) still gets a usable absolute URL', () => {
    expect(shareLinks(view, 'file:///home/me/atlas/index.html', 't').link).toMatch(/^file:\/\/\/home\/me\/atlas\/index\.html\?level=province/);
  });
});
