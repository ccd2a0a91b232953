// Opens the side panel (Chrome) or sidebar (Firefox). Must be called during a user gesture, before
// any await. Where the browser refuses, the same page opens in a tab instead.
import { browser } from 'wxt/browser';
import polyfill from 'webextension-polyfill';
import { routeToHash, type PanelRoute } from '@/lib/panel-route';
import { writePanelRoute } from './storage';

export async function openSidePanel(
  tab: { id?: number; windowId?: number } | undefined,
  fallbackRoute?: Pick<PanelRoute, 'view' | 'id'>,
): Promise<'panel' | 'tab'> {
  try {
    if (import.meta.env.FIREFOX) {
      try {
        // sidebarAction exists only in Firefox; its types come from webextension-polyfill.
        await polyfill.sidebarAction.open();
      } catch (e) {
        // Firefox allows open() only in a user input handler of the calling page: a click in the
        // tooltip reaches the background as a message, without one. An open sidebar follows the
        // route by itself (panelRouteItem), so only a closed one needs the tab.
        const windowId = tab?.windowId;
        if (windowId === undefined || !(await polyfill.sidebarAction.isOpen({ windowId }))) throw e;
      }
    } else {
      const sidePanel = browser.sidePanel;
      if (tab?.id !== undefined) await sidePanel.open({ tabId: tab.id });
      else if (tab?.windowId !== undefined) await sidePanel.open({ windowId: tab.windowId });
      else await sidePanel.open({ windowId: browser.windows.WINDOW_ID_CURRENT });
    }
    return 'panel';
  } catch {
    const hash = fallbackRoute ? routeToHash(fallbackRoute) : '';
    await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${hash}`) });
    return 'tab';
  }
}

/**
 * Opens the side panel at a route: the popup's links, the tooltip's "More" and the context menu.
 * The panel starts opening first, while the user gesture lasts; an open panel, or the one opening,
 * follows the route from storage (hooks/use-panel-route.ts). Resolves once both are done.
 */
export async function openPanelAt(
  route: Omit<PanelRoute, 'at'>,
  tab: { id?: number; windowId?: number } | undefined,
): Promise<'panel' | 'tab'> {
  const opening = openSidePanel(tab, route);
  await writePanelRoute(route);
  return opening;
}
