// The context menu on selected text: "Explain “…” with PainLens" opens the glossary at the best
// match, or with the selection as the search when nothing matches.
import { browser, type Browser } from 'wxt/browser';
import { glossary } from '@/data/glossary';
import { createGlossarySearch } from '@/lib/glossary-search';
import { openPanelAt } from '@/utils/side-panel';

export const MENU_ID = 'painlens-explain';

let searchIndex: ReturnType<typeof createGlossarySearch> | null = null;
const search = () => (searchIndex ??= createGlossarySearch(glossary));

export async function handleMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  const selection = (info.selectionText ?? '').trim().slice(0, 200);
  const { best } = search().explain(selection);
  await openPanelAt({ view: 'glossary', id: best ?? undefined, query: best ? undefined : selection }, tab);
}

export function createMenus(): void {
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
