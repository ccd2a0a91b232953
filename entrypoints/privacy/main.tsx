import '@/components/theme.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PrivacyPolicy } from '@/components/PrivacyPolicy';

render(
  <main class="page-main">
    <PrivacyPolicy version={browser.runtime.getManifest().version} />
  </main>,
  document.getElementById('app')!,
);
