// hooks/use-active-tab.ts: the tab the user looks at, and the terms the background recorded for it.
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useActiveTab } from '@/hooks/use-active-tab';
import { tabTermsKey } from '@/utils/storage/keys';
import { openAt, openTab, storeTabTerms } from './support/extension';

describe('useActiveTab', () => {
  it('reads the active tab of the current window and its terms', async () => {
    openAt('/popup.html');
    const tab = await openTab();
    await storeTabTerms(tab.id, 'example.com', { 0: { ketamine: 2 } });
    const { result } = renderHook(() => useActiveTab());
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current).toEqual({
      tabId: tab.id,
      windowId: tab.windowId,
      terms: { tabId: tab.id, site: 'example.com', frames: { 0: { ketamine: 2 } } },
      ready: true,
    });
  });

  it('follows the terms as the page reports them, and a damaged record reads as no terms', async () => {
    openAt('/popup.html');
    const tab = await openTab();
    const { result } = renderHook(() => useActiveTab());
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.terms).toBeNull();
    await act(async () => void (await storeTabTerms(tab.id, 'example.com', { 0: { opioid: 1 } })));
    await waitFor(() => expect(result.current.terms?.frames).toEqual({ 0: { opioid: 1 } }));
    await act(async () => void (await fakeBrowser.storage.session.set({ [tabTermsKey(tab.id)]: 'garbage' })));
    await waitFor(() => expect(result.current.terms).toBeNull());
  });

  it('follows a switch to another tab', async () => {
    openAt('/popup.html');
    const first = await openTab('https://a.example/');
    const { result } = renderHook(() => useActiveTab());
    await waitFor(() => expect(result.current.tabId).toBe(first.id));
    await storeTabTerms(first.id + 1, 'b.example', { 0: { migraine: 1 } });
    let second = -1;
    await act(async () => {
      second = (await fakeBrowser.tabs.create({ windowId: first.windowId, url: 'https://b.example/', active: true }))
        .id!;
    });
    expect(second).toBe(first.id + 1);
    await waitFor(() => expect(result.current.tabId).toBe(second));
    await waitFor(() => expect(result.current.terms?.site).toBe('b.example'));
  });

  it('describes the tab given by ?tab= and stays on it (a panel opened in a tab of its own)', async () => {
    const pinned = await openTab('https://pinned.example/');
    openAt(`/sidepanel.html?tab=${pinned.id}`);
    const { result } = renderHook(() => useActiveTab());
    await waitFor(() => expect(result.current.tabId).toBe(pinned.id));
    await act(
      async () =>
        void (await fakeBrowser.tabs.create({
          windowId: pinned.windowId,
          url: 'https://other.example/',
          active: true,
        })),
    );
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.tabId).toBe(pinned.id);
  });

  it('says no tab when the pinned tab is gone', async () => {
    openAt('/sidepanel.html?tab=999');
    const get = vi.spyOn(fakeBrowser.tabs, 'get');
    const { result } = renderHook(() => useActiveTab());
    await waitFor(() => expect(get).toHaveBeenCalledWith(999));
    // Once the lookup has failed, the hook has decided.
    await act(async () => void (await (get.mock.results[0]!.value as Promise<unknown>).catch(() => {})));
    expect(result.current).toMatchObject({ tabId: null, terms: null, ready: false });
  });
});
