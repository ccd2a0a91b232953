// hooks/use-stored.ts with the real storage module over fakeBrowser.
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { useStored } from '@/hooks/use-stored';
import { EMPTY_RECORD, withRecordAnswer } from '@/lib/answers';
import {
  storedChecklistRecord,
  storedDisabledSites,
  storedSettings,
  updateChecklistRecord,
  updateSettings,
} from '@/utils/storage';
import { LOCAL_KEYS } from '@/utils/storage/keys';

describe('useStored', () => {
  it('starts with the initial value, not ready, then shows what is stored', async () => {
    await updateSettings((s) => ({ ...s, hoverDelayMs: 900 }));
    const { result } = renderHook(() => useStored(storedSettings, DEFAULT_SETTINGS));
    expect(result.current).toMatchObject({ value: DEFAULT_SETTINGS, repaired: [], ready: false });
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current).toMatchObject({
      value: { ...DEFAULT_SETTINGS, hoverDelayMs: 900 },
      repaired: [],
      ready: true,
    });
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
      expect(result.current).toMatchObject({
        value: ['a.com'],
        repaired: ['disabledSites (1 invalid entry)'],
        ready: true,
      }),
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

describe('useStored: a change shows at once and is never undone by an earlier value arriving', () => {
  it('keeps a pending change on top of a value another page wrote meanwhile', async () => {
    const { result } = renderHook(() => useStored(storedChecklistRecord, EMPTY_RECORD));
    await waitFor(() => expect(result.current.ready).toBe(true));
    let finish: () => void = () => {};
    const write = () => new Promise<void>((resolve) => (finish = resolve));
    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = result.current.change((r) => withRecordAnswer(r, 'safety-psychosis', 'no', '2026-12-01'), write);
    });
    // Shown before anything is written.
    expect(result.current.value.answers['safety-psychosis']).toEqual({ answer: 'no', on: '2026-12-01' });
    // Another page's answer arrives (without this page's, not yet written): both show.
    await act(
      async () => void (await updateChecklistRecord((r) => withRecordAnswer(r, 'med-opioids', 'yes', '2026-12-01'))),
    );
    await waitFor(() =>
      expect(result.current.value.answers['med-opioids']).toEqual({ answer: 'yes', on: '2026-12-01' }),
    );
    expect(result.current.value.answers['safety-psychosis']).toEqual({ answer: 'no', on: '2026-12-01' });
    finish();
    await act(async () => void (await done));
  });
});
