// The context menu on selected text: "Explain “…” with PainLens" opens the glossary at the best
// match, or with the selection as the search when nothing matches. A selection longer than a term
// can be (lib/explain-text.ts, isTextToExplain) opens the Explain view with the text instead; the
// text goes to the panel through storage.session (utils/side-panel.ts), which web pages cannot read.
import { browser, type Browser } from 'wxt/browser';
import { glossary } from '@/data/glossary';
import { createGlossarySearch } from '@/lib/glossary-search';
import { isTextToExplain } from '@/lib/explain-text';
import { MAX_ROUTE_TEXT } from '@/lib/panel-route';
import { openPanelAt } from '@/utils/side-panel';

export const MENU_ID = 'painlens-explain';

let searchIndex: ReturnType<typeof createGlossarySearch> | null = null;
const search = () => (searchIndex ??= createGlossarySearch(glossary));

export async function handleMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  const selected = (info.selectionText ?? '').trim();
  if (isTextToExplain(selected)) {
    await openPanelAt({ view: 'explain', text: selected.slice(0, MAX_ROUTE_TEXT) }, tab);
    return;
  }
  const selection = selected.slice(0, 200);
  const { best } = search().explain(selection);
  await openPanelAt({ view: 'glossary', id: best ?? undefined, query: best ? undefined : selection }, tab);
}

export function createMenus(): void {
  if (!browser.contextMenus) return; // Firefox for Android
  browser.contextMenus.removeAll().then(
    () =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: 'Explain “%s” with PainLens',
        contexts: ['selection'],
      }),
    () => {},
  );
}
