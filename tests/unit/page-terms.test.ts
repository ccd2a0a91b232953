import { describe, expect, it } from 'vitest';
import { summarizePage } from '@/lib/page-terms';

describe('summarizePage: what the popup and the side panel say about the active tab', () => {
  it('adds up every frame, most frequent first, then by name', () => {
    const page = summarizePage(
      { tabId: 1, site: 'example.com', frames: { 0: { ketamine: 1, opioid: 2 }, 7: { ketamine: 1, fibromyalgia: 2 } } },
      [],
    );
    expect(page.counts).toEqual({ ketamine: 2, opioid: 2, fibromyalgia: 2 });
    expect(page.terms).toEqual([
      { id: 'fibromyalgia', name: 'Fibromyalgia', count: 2 },
      { id: 'ketamine', name: 'Ketamine', count: 2 },
      { id: 'opioid', name: expect.stringMatching(/^Opioid/), count: 2 },
    ]);
    expect(page).toMatchObject({ site: 'example.com', siteOff: false });
  });

  it('shows the id of a term the glossary no longer has (a page from before an update)', () => {
    expect(summarizePage({ tabId: 1, site: 'a.com', frames: { 0: { 'gone-term': 3 } } }, []).terms).toEqual([
      { id: 'gone-term', name: 'gone-term', count: 3 },
    ]);
  });

  it('says whether the site is turned off, by its normalized name', () => {
    const tab = { tabId: 1, site: 'www.Example.com', frames: {} };
    expect(summarizePage(tab, ['example.com']).siteOff).toBe(true);
    expect(summarizePage(tab, ['other.org']).siteOff).toBe(false);
  });

  it('has no site and nothing off before the page has reported', () => {
    expect(summarizePage(null, ['example.com'])).toEqual({ site: '', siteOff: false, counts: {}, terms: [] });
  });
});
