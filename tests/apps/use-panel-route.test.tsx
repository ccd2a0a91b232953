// hooks/use-panel-route.ts: the side panel's route, from its hash and from routes other pages ask for.
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { usePanelRoute } from '@/hooks/use-panel-route';
import { readPanelRoute, writePanelRoute } from '@/utils/storage';
import { SESSION_KEYS } from '@/utils/storage/keys';
import { openAt } from './support/extension';

const storeRoute = (route: object) => fakeBrowser.storage.session.set({ [SESSION_KEYS.panelRoute]: route });

describe('usePanelRoute', () => {
  it('shows "This page" without a hash, and the hash’s view and entry otherwise', () => {
    openAt('/sidepanel.html');
    expect(renderHook(() => usePanelRoute()).result.current.route).toMatchObject({ view: 'page' });
    openAt('/sidepanel.html#glossary/nmda-receptor');
    expect(renderHook(() => usePanelRoute()).result.current.route).toMatchObject({
      view: 'glossary',
      id: 'nmda-receptor',
    });
  });

  it('follows the hash as links in the panel change it', async () => {
    openAt('/sidepanel.html#guide');
    const { result } = renderHook(() => usePanelRoute());
    act(() => {
      location.hash = '#sources';
    });
    await waitFor(() => expect(result.current.route).toMatchObject({ view: 'sources' }));
  });

  it('opens at a route asked for just before it opened, and uses it up', async () => {
    openAt('/sidepanel.html');
    await writePanelRoute({ view: 'glossary', id: 'ketamine', query: 'ketamin' });
    const { result } = renderHook(() => usePanelRoute());
    await waitFor(() => expect(result.current.route).toMatchObject({ view: 'glossary', id: 'ketamine' }));
    expect(location.hash).toBe('#glossary/ketamine');
    expect(result.current.query).toBe('ketamin');
    await waitFor(async () => expect((await readPanelRoute()).value).toBeNull());
  });

  it('leaves a route older than a minute (for an earlier opening), and one under a hash of its own', async () => {
    const read = vi.spyOn(fakeBrowser.storage.session, 'get');
    openAt('/sidepanel.html');
    await storeRoute({ view: 'evidence', at: Date.now() - 61_000 });
    const stale = renderHook(() => usePanelRoute());
    // The stored route has been read once the read resolves; the panel then stays where it is.
    await waitFor(() => expect(read).toHaveBeenCalled());
    await act(async () => void (await (read.mock.results.at(-1)!.value as Promise<unknown>)));
    expect(stale.result.current.route).toMatchObject({ view: 'page' });
    // Preact runs an unmounted hook's cleanup after the render: act() waits for it.
    act(() => stale.unmount());

    read.mockClear();
    openAt('/sidepanel.html#settings');
    await storeRoute({ view: 'evidence', at: Date.now() });
    const own = renderHook(() => usePanelRoute());
    await waitFor(() => expect(read).toHaveBeenCalled());
    await act(async () => void (await (read.mock.results.at(-1)!.value as Promise<unknown>)));
    expect(own.result.current.route).toMatchObject({ view: 'settings' });
    expect((await readPanelRoute()).value).toMatchObject({ view: 'evidence' });
  });

  it('follows a route asked for while it is open, and leaves it for a panel that is opening', async () => {
    openAt('/sidepanel.html#page');
    const { result } = renderHook(() => usePanelRoute());
    await act(async () => void (await writePanelRoute({ view: 'guide', id: 'how-it-works' })));
    await waitFor(() => expect(result.current.route).toMatchObject({ view: 'guide', id: 'how-it-works' }));
    expect((await readPanelRoute()).value).toMatchObject({ view: 'guide', id: 'how-it-works' });
  });

  it('ignores a damaged route', async () => {
    openAt('/sidepanel.html#checklist');
    const { result } = renderHook(() => usePanelRoute());
    await act(async () => void (await storeRoute({ view: 'admin', at: Date.now() })));
    await act(async () => void (await writePanelRoute({ view: 'sources' })));
    // Routes are handled in order: once the good one is shown, the damaged one was passed over.
    await waitFor(() => expect(result.current.route.view).toBe('sources'));
  });

  it('scrolls to and focuses the routed item', async () => {
    openAt('/sidepanel.html');
    const target = document.createElement('h3');
    target.id = 'guide-how-it-works';
    target.tabIndex = -1;
    const scroll = vi.fn();
    target.scrollIntoView = scroll;
    document.body.append(target);
    try {
      renderHook(() => usePanelRoute());
      act(() => {
        location.hash = '#guide/how-it-works';
      });
      await waitFor(() => expect(document.activeElement).toBe(target));
      expect(scroll).toHaveBeenCalledWith({ block: 'start' });
    } finally {
      target.remove();
    }
  });
});
