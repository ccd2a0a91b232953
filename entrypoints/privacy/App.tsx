// The privacy policy page (linked from the popup, the settings and the store listing).
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { PrivacyPolicy } from '@/components/PrivacyPolicy';
import { useReadingPrefs } from '@/hooks/use-reading-prefs';

export function App(): JSX.Element {
  useReadingPrefs();
  return (
    <main class="page-main">
      <PrivacyPolicy version={browser.runtime.getManifest().version} />
    </main>
  );
}
