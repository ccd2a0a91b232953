import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { PrivacyPolicy } from '@/components/PrivacyPolicy';
import pkg from '../../package.json';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

describe('PrivacyPolicy', () => {
  it('has one h1 and the sections a reader looks for', () => {
    render(<PrivacyPolicy version={pkg.version} />);
    screen.getByRole('heading', { level: 1, name: 'PainLens privacy policy' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'The short version',
      'What PainLens reads',
      'What PainLens stores, on this device only',
      'Permissions',
      'Links to sources',
      'Not medical advice',
    ]);
  });

  it('names the version it applies to', () => {
    render(<PrivacyPolicy version={pkg.version} />);
    screen.getByText(`PainLens ${pkg.version}. Effective 25 November 2026.`);
  });

  it('makes the promises the product keeps: no servers, no requests, nothing leaves the device', () => {
    const { container } = render(<PrivacyPolicy version="1" />);
    const text = container.textContent!;
    expect(text).toContain('Nothing you read or enter leaves your device.');
    expect(text).toContain('It makes no network requests at all.');
    expect(text).toContain('does not use browser sync');
  });

  it('explains every permission the manifest asks for', () => {
    // wxt.config.ts is read as text: importing it would pull the build plugins into the test.
    const config = readFileSync(path.join(import.meta.dirname, '../../wxt.config.ts'), 'utf8');
    const declared = [...(/permissions:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? '').matchAll(/'([^']+)'/g)].map(
      (m) => m[1],
    );
    expect(declared).toEqual(['storage', 'contextMenus']);
    const LABELS: Record<string, string> = { storage: 'Storage', contextMenus: 'Context menus' };
    render(<PrivacyPolicy version="1" />);
    const permissions = screen.getByRole('heading', { name: 'Permissions' }).nextElementSibling!;
    const explained = [...permissions.querySelectorAll('strong')].map((s) => s.textContent);
    // The content script (all sites) and the side panel come from entrypoints, not the permissions list.
    expect(explained).toEqual(['Read pages you visit', ...declared.map((p) => LABELS[p!]), 'Side panel']);
  });

  it('renders a version containing markup as text', () => {
    const { container } = render(<PrivacyPolicy version={MARKUP} />);
    expect(container.textContent).toContain(`PainLens ${MARKUP}. Effective`);
    expectNoInjectedElements(container);
  });
});
