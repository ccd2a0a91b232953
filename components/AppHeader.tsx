import type { ComponentChildren, JSX } from 'preact';
import './AppHeader.css';

export interface AppHeaderProps {
  /** One line under the name: what this page is for. */
  tagline: string;
  /** Controls that belong in the header (the popup's switches). */
  children?: ComponentChildren;
}

/** The popup's and the side panel's header: logo, name and a tagline. */
export function AppHeader({ tagline, children }: AppHeaderProps): JSX.Element {
  return (
    <header class="app-header">
      <h1 class="brand">
        <img src="/icon/32.png" alt="" width={28} height={28} />
        PainLens
      </h1>
      <p class="tagline">{tagline}</p>
      {children}
    </header>
  );
}
