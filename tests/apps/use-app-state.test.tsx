// hooks/use-app-state.ts: the state every extension page shares, and how the pages change it.
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { useAppState } from '@/hooks/use-app-state';
import { LOCAL_KEYS } from '@/utils/storage/keys';
import { readLocal, readStoredAnswers, storeAnswers } from './support/extension';

async function ready() {
  const hook = renderHook(() => useAppState());
  await waitFor(() => expect(hook.result.current.settings.ready && hook.result.current.record.ready).toBe(true));
  return hook;
}

describe('useAppState', () => {
  it('turns a site off and on again with the host normalized, as the tooltip does', async () => {
    const { result } = await ready();
    await act(async () => void (await result.current.setSiteOff('www.Example.com', true)));
    expect(await readLocal(LOCAL_KEYS.disabledSites)).toEqual(['example.com']);
    await waitFor(() => expect(result.current.sites.value).toEqual(['example.com']));
    await act(async () => void (await result.current.setSiteOff('EXAMPLE.com', false)));
    expect(await readLocal(LOCAL_KEYS.disabledSites)).toEqual([]);
  });

  it('changes nothing for a page without a site', async () => {
    const { result } = await ready();
    await act(async () => void (await result.current.setSiteOff('', true)));
    expect((await readLocal(LOCAL_KEYS.disabledSites)) ?? []).toEqual([]);
  });

  it('pauses without touching the other settings', async () => {
    const { result } = await ready();
    await act(async () => void (await result.current.setSettings({ ...DEFAULT_SETTINGS, mentions: 'first' })));
    await act(async () => void (await result.current.setPaused(true)));
    expect(await readLocal(LOCAL_KEYS.settings)).toEqual({ ...DEFAULT_SETTINGS, mentions: 'first', paused: true });
  });

  it('dates each answer, clears one, and resets all', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T12:00:00'));
    try {
      const { result } = await ready();
      await act(async () => void (await result.current.setAnswer('fit-depression', 'yes')));
      await act(async () => void (await result.current.setAnswer('safety-psychosis', 'no')));
      await act(async () => void (await result.current.setAnswer('safety-psychosis', null)));
      expect(await readStoredAnswers()).toEqual({
        'fit-depression': { answer: 'yes', on: '2026-11-25' },
      });
      await act(async () => void (await result.current.resetAnswers()));
      expect(await readStoredAnswers()).toEqual({});
      // Nothing of it in storage.local, which content scripts can read.
      expect(await readLocal(LOCAL_KEYS.checklistAnswers)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gathers what was unreadable in any of the three', async () => {
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.settings]: 'garbage' });
    await storeAnswers({ 'fit-depression': { answer: 'perhaps', on: null } });
    const { result } = await ready();
    await waitFor(() =>
      expect(result.current.repaired).toEqual(['settings', 'checklistAnswers (1 unreadable answer)']),
    );
  });
});
