// The welcome page (entrypoints/welcome/App.tsx). The page code itself is tested in tests/dom; here
// it is replaced, to check what the welcome page hands it and what its controls ask of it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { glossary } from '@/data/glossary';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { ContentBridge, ContentData, ContentLifecycle } from '@/content/start-content';
import { stubExtension, type ExtensionStubs } from './support/extension';

const started = vi.hoisted(() => ({
  calls: [] as { life: ContentLifecycle; bridge: ContentBridge; data: ContentData }[],
  handle: vi.fn(),
}));
vi.mock('@/content/start-content', () => ({
  startContent: (_win: Window, life: ContentLifecycle, bridge: ContentBridge, data: ContentData) => {
    started.calls.push({ life, bridge, data });
    return { handle: started.handle, stop: () => {}, apply: () => {}, index: null, scanner: null };
  },
}));

const { App } = await import('@/entrypoints/welcome/App');

let stubs: ExtensionStubs;
beforeEach(() => {
  stubs = stubExtension();
  started.calls.length = 0;
  started.handle.mockReset();
});

describe('welcome page', () => {
  it('runs the page code on its sample with the defaults and every tooltip text, off no site', async () => {
    render(<App />);
    await waitFor(() => expect(started.calls).toHaveLength(1));
    const { bridge, data } = started.calls[0]!;
    expect(await bridge.loadState()).toEqual({ settings: DEFAULT_SETTINGS, siteOff: false });
    expect(bridge.site).toBe('');
    const texts = await bridge.loadTermTexts();
    expect(texts.size).toBe(glossary.length);
    expect(data.forms?.length).toBeGreaterThan(glossary.length);
    screen.getByText(/Ketamine is an anesthetic/);
  });

  it('opens a term’s “More” in the side panel page, in a tab', async () => {
    render(<App />);
    await waitFor(() => expect(started.calls).toHaveLength(1));
    started.calls[0]!.bridge.openTerm('nmda-receptor');
    await waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
        'chrome-extension://test-extension-id/sidepanel.html#glossary/nmda-receptor',
      ),
    );
  });

  it('steps to the first term when asked, as the keyboard command would', async () => {
    render(<App />);
    await waitFor(() => expect(started.calls).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'step through the terms with the keyboard' }));
    expect(started.handle).toHaveBeenCalledWith({ type: 'step-term', direction: 1 });
  });

  it('names the shortcut the browser has for the next term', async () => {
    render(<App />);
    await screen.findByText('Alt+Shift+N');
  });

  it('says nothing about a shortcut the user has removed', async () => {
    stubs.commands[0]!.shortcut = '';
    const getAll = vi.mocked(fakeBrowser.commands.getAll);
    render(<App />);
    await waitFor(() => expect(getAll).toHaveBeenCalled());
    await act(async () => void (await getAll.mock.results[0]!.value));
    expect(document.querySelector('kbd')).toBeNull();
  });

  it('stops the page code when it goes away', async () => {
    const { unmount } = render(<App />);
    await waitFor(() => expect(started.calls).toHaveLength(1));
    const stopped = vi.fn();
    started.calls[0]!.life.onInvalidated(stopped);
    // Preact runs the cleanup after the render: act() waits for it.
    act(() => {
      unmount();
    });
    expect(stopped).toHaveBeenCalledTimes(1);
  });
});
