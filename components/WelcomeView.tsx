import type { ComponentChildren, JSX } from 'preact';

export interface WelcomeViewProps {
  /** e.g. "Alt+Shift+N". */
  nextShortcut: string;
  /** The sample paragraph and its controls. */
  sample: ComponentChildren;
  disclaimer: ComponentChildren;
}

/** The page opened on install: what PainLens does, the privacy promise, and a paragraph to try. */
export function WelcomeView({ nextShortcut, sample, disclaimer }: WelcomeViewProps): JSX.Element {
  return (
    <article class="welcome">
      <h1>Welcome to PainLens</h1>
      <p>
        PainLens helps you read health articles. It quietly marks medical words on the pages you visit. Rest your mouse
        on a marked word to see what it means in plain language.
      </p>
      <h2>Try it here</h2>
      {sample}
      <h2>What else it does</h2>
      <ul>
        <li>
          Click the PainLens button in your toolbar to see the terms on the page you are reading, and a short guide to
          ketamine therapy for chronic pain.
        </li>
        <li>The side panel has the full guide, what the evidence says for each condition, and a glossary.</li>
        <li>A checklist turns your answers into questions to bring to your doctor.</li>
        <li>
          Keyboard:{' '}
          {nextShortcut ? (
            <>
              press <kbd>{nextShortcut}</kbd> to move to the next explained term on a page.
            </>
          ) : (
            <>
              set a key for “Go to the next explained term” in your browser's extension shortcuts, then use it to move
              from term to term on any page.
            </>
          )}
        </li>
      </ul>
      <h2>Your privacy</h2>
      <p>
        <strong>Nothing leaves your device.</strong> PainLens has no servers and makes no network requests. Your
        settings and answers stay in this browser. <a href="/privacy.html">Read the privacy policy</a>.
      </p>
      {disclaimer}
    </article>
  );
}
