// utils/side-panel.ts and utils/page-actions.ts against fakeBrowser: opening the side panel (Chrome)
// or sidebar (Firefox) at a route, the tab it falls back to, and showing a term on the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanelAt, openSidePanel } from '@/utils/side-panel';
import { showTermOnPage } from '@/utils/page-actions';
import { readPanelRoute } from '@/utils/storage';

let sidePanelOpen: ReturnType<typeof vi.fn>;
// fakeBrowser starts with one blank tab.
const openUrls = async () => (await fakeBrowser.tabs.query({})).flatMap((t) => (t.url ? [t.url] : []));
const PANEL_URL = 'chrome-extension://test-extension-id/sidepanel.html';

beforeEach(() => {
  fakeBrowser.reset();
  sidePanelOpen = vi.fn(async () => {});
  Object.assign(fakeBrowser.sidePanel, { open: sidePanelOpen });
});

describe('openSidePanel (Chrome)', () => {
  it.each<[string, { id?: number; windowId?: number } | undefined, object]>([
    ['the tab', { id: 4, windowId: 2 }, { tabId: 4 }],
    ['the window', { windowId: 2 }, { windowId: 2 }],
    ['the current window', undefined, { windowId: -2 }],
  ])('opens the panel for %s it is given', async (_, tab, expected) => {
    expect(await openSidePanel(tab)).toBe('panel');
    expect(sidePanelOpen).toHaveBeenCalledWith(expected);
    expect(await openUrls()).toEqual([]);
  });

  it('opens the panel page in a tab, at the route, where the browser refuses', async () => {
    sidePanelOpen.mockRejectedValue(new Error('may only be called in response to a user gesture'));
    expect(await openSidePanel({ id: 4 }, { view: 'glossary', id: 'nmda-receptor' })).toBe('tab');
    expect(await openUrls()).toEqual([`${PANEL_URL}#glossary/nmda-receptor`]);
  });
});

describe('openSidePanel (Firefox sidebar)', () => {
  let sidebar: { open: ReturnType<typeof vi.fn>; isOpen: ReturnType<typeof vi.fn> };
  beforeEach(() => {
    vi.stubEnv('FIREFOX', 'true');
    sidebar = { open: vi.fn(async () => {}), isOpen: vi.fn(async () => false) };
    Object.assign(fakeBrowser, { sidebarAction: sidebar });
  });
  afterEach(() => {
    Object.assign(fakeBrowser, { sidebarAction: undefined });
    vi.stubEnv('FIREFOX', '');
  });

  it('opens the sidebar', async () => {
    expect(await openSidePanel({ windowId: 3 })).toBe('panel');
    expect(sidebar.open).toHaveBeenCalledTimes(1);
    expect(sidePanelOpen).not.toHaveBeenCalled();
  });

  it('counts a refusal as opened when the sidebar is open already (it follows the route itself)', async () => {
    sidebar.open.mockRejectedValue(new Error('sidebarAction.open may only be called from a user input handler'));
    sidebar.isOpen.mockResolvedValue(true);
    expect(await openSidePanel({ windowId: 3 }, { view: 'guide' })).toBe('panel');
    expect(sidebar.isOpen).toHaveBeenCalledWith({ windowId: 3 });
    expect(await openUrls()).toEqual([]);
  });

  it('opens the page in a tab when refused and closed', async () => {
    sidebar.open.mockRejectedValue(new Error('refused'));
    expect(await openSidePanel({ windowId: 3 }, { view: 'guide', id: 'how-it-works' })).toBe('tab');
    expect(await openUrls()).toEqual([`${PANEL_URL}#guide/how-it-works`]);
  });
});

describe('openPanelAt', () => {
  it('starts opening before anything is awaited (the user gesture must still be active), then writes the route', async () => {
    const before = Date.now();
    const done = openPanelAt({ view: 'checklist' }, { windowId: 2 });
    expect(sidePanelOpen).toHaveBeenCalledWith({ windowId: 2 });
    expect(await done).toBe('panel');
    const { value } = await readPanelRoute();
    expect(value).toMatchObject({ view: 'checklist' });
    expect(value!.at).toBeGreaterThanOrEqual(before);
  });
});

describe('showTermOnPage', () => {
  let sendToTab: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    sendToTab = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.tabs, { sendMessage: sendToTab });
  });

  it('asks the first frame that has the term', async () => {
    const terms = { tabId: 7, site: 'a.com', frames: { 0: { opioid: 1 }, 12: { ketamine: 1 }, 5: { ketamine: 2 } } };
    expect(await showTermOnPage(7, terms, 'ketamine')).toBe(true);
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'show-term', termId: 'ketamine' }, { frameId: 5 });
  });

  it('asks the top frame when no frame has reported the term', async () => {
    expect(await showTermOnPage(7, null, 'ketamine')).toBe(true);
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'show-term', termId: 'ketamine' }, { frameId: 0 });
  });

  it('says false when the page has no content script to answer', async () => {
    sendToTab.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await showTermOnPage(7, null, 'ketamine')).toBe(false);
  });
});
