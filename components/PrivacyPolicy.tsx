import type { JSX } from 'preact';

/** The privacy policy, shown as an extension page (privacy.html) and kept in PRIVACY.md too. */
export function PrivacyPolicy({ version }: { version: string }): JSX.Element {
  return (
    <article>
      <h1>PainLens privacy policy</h1>
      <p class="muted">PainLens {version}. Effective 25 November 2026.</p>
      <h2>The short version</h2>
      <p>
        <strong>Nothing you read or enter leaves your device.</strong> PainLens has no servers, no accounts, no
        analytics and no ads. It makes no network requests at all.
      </p>
      <h2>What PainLens reads</h2>
      <p>
        To find medical terms, PainLens reads the text of the pages you open, inside your browser. It does not save page
        text, page addresses or your browsing history, and it never sends them anywhere.
      </p>
      <h2>What PainLens stores, on this device only</h2>
      <ul>
        <li>Your settings (how terms are marked, the hover delay, whether PainLens is paused).</li>
        <li>The sites where you turned PainLens off.</li>
        <li>
          Your checklist answers, what matters to you and your “how sure do you feel” answers, until you reset them or
          remove PainLens.
        </li>
        <li>
          The words you chose to ask your doctor about (only which glossary words, never the page or text you found them
          in), until you remove them or remove PainLens.
        </li>
        <li>
          While your browser is open: which glossary terms were found in each open tab, so the popup can list them. This
          is kept in memory and cleared when the tab or browser closes.
        </li>
      </ul>
      <p>
        Settings and sites are kept in the browser's local extension storage. Your answers and kept words are kept
        apart, in a database that belongs to PainLens's own pages: web pages cannot open it, and PainLens's script
        inside web pages never reads it. PainLens does not use browser sync, so nothing is copied to your browser
        account. Removing PainLens deletes all of it.
      </p>
      <h2>Permissions</h2>
      <ul>
        <li>
          <strong>Read pages you visit</strong> (content script on all sites): to find and explain terms where you read.
        </li>
        <li>
          <strong>Storage</strong>: to keep your settings and answers on this device.
        </li>
        <li>
          <strong>Context menus</strong>: for “Explain … with PainLens” on selected text.
        </li>
        <li>
          <strong>Side panel</strong> (Chrome): to show the guide beside the page.
        </li>
      </ul>
      <h2>Links to sources</h2>
      <p>
        The sources list links to the studies and agencies PainLens cites. Opening one is an ordinary visit to that
        website, made only when you click it.
      </p>
      <h2>Not medical advice</h2>
      <p>PainLens explains terms and evidence. It does not give medical advice; talk with your own doctor.</p>
    </article>
  );
}
