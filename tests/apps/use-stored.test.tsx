// hooks/use-stored.ts with the real storage module over fakeBrowser.
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { useStored } from '@/hooks/use-stored';
import { storedDisabledSites, storedSettings, updateSettings } from '@/utils/storage';
import { LOCAL_KEYS } from '@/utils/storage/keys';

describe('useStored', () => {
  it('starts with the initial value, not ready, then shows what is stored', async () => {
    await updateSettings((s) => ({ ...s, hoverDelayMs: 900 }));
    const { result } = renderHook(() => useStored(storedSettings, DEFAULT_SETTINGS));
    expect(result.current).toEqual({ value: DEFAULT_SETTINGS, repaired: [], ready: false });
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current).toEqual({ value: { ...DEFAULT_SETTINGS, hoverDelayMs: 900 }, repaired: [], ready: true });
  });

  it('follows changes made elsewhere (another page, the tooltip)', async () => {
    const { result } = renderHook(() => useStored(storedSettings, DEFAULT_SETTINGS));
    await waitFor(() => expect(result.current.ready).toBe(true));
    await act(async () => void (await updateSettings((s) => ({ ...s, paused: true }))));
    await waitFor(() => expect(result.current.value.paused).toBe(true));
  });

  it('says what was unreadable, repairs it in storage, and keeps saying it for this page', async () => {
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.disabledSites]: ['www.a.com', 42] });
    const { result } = renderHook(() => useStored(storedDisabledSites, []));
    await waitFor(() => expect(result.current.repaired).toEqual(['disabledSites (1 invalid entry)']));
    expect(result.current.value).toEqual(['a.com']);
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(LOCAL_KEYS.disabledSites))[LOCAL_KEYS.disabledSites]).toEqual([
        'a.com',
      ]),
    );
    // The repair itself arrives as a change; the notice stays.
    await waitFor(() =>
      expect(result.current).toEqual({ value: ['a.com'], repaired: ['disabledSites (1 invalid entry)'], ready: true }),
    );
  });

  it('stops following when the page unmounts it', async () => {
    const { result, unmount } = renderHook(() => useStored(storedSettings, DEFAULT_SETTINGS));
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(fakeBrowser.storage.local.onChanged.hasListeners()).toBe(true);
    // Preact runs an unmounted hook's cleanup after the render: act() waits for it.
    act(() => unmount());
    expect(fakeBrowser.storage.local.onChanged.hasListeners()).toBe(false);
  });
});
