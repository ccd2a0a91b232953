// The tab the user is looking at, and the terms PainLens found in it. Follows tab switches and
// page changes live (the background keeps the per-tab lists in storage.session).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabTerms } from '@/lib/messages';
import { readTabTerms, watchTabTerms } from '@/utils/storage';

export interface ActiveTab {
  tabId: number | null;
  windowId: number | null;
  terms: TabTerms | null;
  ready: boolean;
}

export function useActiveTab(): ActiveTab {
  const [tab, setTab] = useState<{ tabId: number | null; windowId: number | null }>({ tabId: null, windowId: null });
  const [terms, setTerms] = useState<TabTerms | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let alive = true;
    // "?tab=<id>" describes one given tab: used when the page is opened in a tab of its own (the
    // side panel's fallback in a tab, the demo and the end-to-end tests).
    const pinned = Number(new URLSearchParams(location.search).get('tab'));
    const refresh = async () => {
      if (pinned > 0) {
        const t = await browser.tabs.get(pinned).catch(() => null);
        if (alive) setTab({ tabId: t?.id ?? null, windowId: t?.windowId ?? null });
        return;
      }
      const [t] = await browser.tabs.query({ active: true, currentWindow: true });
      if (alive) setTab({ tabId: t?.id ?? null, windowId: t?.windowId ?? null });
    };
    void refresh();
    const onActivated = () => {
      if (!(pinned > 0)) void refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);

  useEffect(() => {
    if (tab.tabId === null) return;
    let alive = true;
    const tabId = tab.tabId;
    // Read through the validator: a damaged record shows as "no terms", never as garbage.
    void readTabTerms(tabId).then(({ value }) => {
      if (!alive) return;
      setTerms(value);
      setReady(true);
    });
    const unwatch = watchTabTerms(tabId, (value) => alive && setTerms(value));
    return () => {
      alive = false;
      unwatch();
    };
  }, [tab.tabId]);

  return { ...tab, terms, ready };
}
