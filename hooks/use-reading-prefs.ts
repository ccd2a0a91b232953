// Text size and contrast on an extension page (popup, side panel, welcome, privacy), from the
// reader's settings. High contrast is also on when the system asks for more contrast.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { storedSettings } from '@/utils/storage';
import { useStored } from './use-stored';

export type ReadingPrefs = Pick<Settings, 'textSize' | 'highContrast'>;

/** Sets the root's text scale (theme.css sizes everything from it) and its contrast mode. */
export function applyReadingPrefs(root: HTMLElement, prefs: ReadingPrefs, systemMoreContrast = false): void {
  root.style.setProperty('--text-scale', String(prefs.textSize / 100));
  if (prefs.highContrast || systemMoreContrast) root.dataset.contrast = 'more';
  else delete root.dataset.contrast;
}

const MORE_CONTRAST = '(prefers-contrast: more)';

function useSystemMoreContrast(): boolean {
  const [query] = useState(() => (typeof matchMedia === 'function' ? matchMedia(MORE_CONTRAST) : null));
  const [more, setMore] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const follow = () => setMore(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [query]);
  return more;
}

export function useReadingPrefs(): void {
  // Without repairing: the page's own state (hooks/use-app-state.ts) tells the reader what was unreadable.
  const { value } = useStored(storedSettings, DEFAULT_SETTINGS, { repair: false });
  const systemMore = useSystemMoreContrast();
  useEffect(() => {
    applyReadingPrefs(document.documentElement, value, systemMore);
  }, [value, systemMore]);
}
