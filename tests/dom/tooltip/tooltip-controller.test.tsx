import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanBlock } from '../support/scan-block';
import { TermIndex, type IndexedTerm } from '@/content/term-index';
import { TooltipController, type TooltipContent, type TooltipOptions } from '@/content/tooltip/tooltip-controller';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import { installStaticRange, mount, snapshotDom, restoreGlobals } from '../support/dom-fakes';

const matcher = compileGlossaryMatcher(glossary);
const HOSTILE = '<img src=x onerror="window.painlensPwned = true">';

const CONTENT: Record<string, TooltipContent> = {
  ketamine: {
    name: 'Ketamine',
    definition: 'An anesthetic drug, used at low doses for pain.',
    source: 'Guideline, 2018',
  },
  fibromyalgia: { name: 'Fibromyalgia', definition: `Widespread pain. ${HOSTILE}`, source: null },
};

function terms(): IndexedTerm[] {
  const p = mount('<p>ketamine for <b>fibromyalgia</b> and opioids</p>').querySelector('p')!;
  const index = new TermIndex();
  return index.replaceBlock(p, scanBlock(p, matcher).found).added;
}

let controllers: TooltipController[] = [];
function controller(overrides: Partial<TooltipOptions> = {}) {
  const calls = { more: [] as string[], off: 0, closed: 0 };
  const c = new TooltipController(document, {
    lookup: (id) => CONTENT[id] ?? null,
    footnote: 'Not medical advice.',
    canTurnOffSite: true,
    onMore: (id) => calls.more.push(id),
    onTurnOffSite: () => calls.off++,
    onClosed: () => calls.closed++,
    ...overrides,
  });
  controllers.push(c);
  return { c, calls };
}

function host(): HTMLElement | null {
  return document.querySelector('painlens-ui');
}
function card(): HTMLElement | null {
  return (host()?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null) ?? null;
}

beforeEach(() => {
  installStaticRange();
});
afterEach(() => {
  for (const c of controllers) c.destroy();
  controllers = [];
  restoreGlobals();
  document.body.replaceChildren();
  delete (window as { painlensPwned?: boolean }).painlensPwned;
});

describe('TooltipController', () => {
  it('adds its host to <html> only when a tooltip is first shown, and nothing to the page body', () => {
    const [ketamine] = terms();
    const bodyBefore = snapshotDom(document.body);
    const { c } = controller();
    expect(host()).toBeNull();
    expect(c.show(ketamine!)).toBe(true);
    const h = host()!;
    expect(h.parentNode).toBe(document.documentElement);
    expect(document.querySelectorAll('painlens-ui')).toHaveLength(1);
    expect(h.shadowRoot).not.toBeNull();
    expect(h.shadowRoot!.mode).toBe('open');
    expect(snapshotDom(document.body)).toEqual(bodyBefore);
    expect(c.term).toBe(ketamine);
  });

  it('renders the term in a non-modal dialog inside the shadow root', () => {
    const [ketamine] = terms();
    const { c } = controller();
    c.show(ketamine!);
    const dialog = card()!;
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const title = host()!.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Ketamine');
    expect(dialog.textContent).toContain('An anesthetic drug, used at low doses for pain.');
    expect(dialog.textContent).toContain('Source: Guideline, 2018');
    expect(dialog.textContent).toContain('Not medical advice.');
    // Styles are isolated in the shadow root, not added to the page.
    expect(document.head.querySelector('style')).toBeNull();
    // The page cannot reach the card through the light DOM.
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('shows a definition containing markup as text', () => {
    const [, fibromyalgia] = terms();
    const { c } = controller();
    c.show(fibromyalgia!);
    const shadow = host()!.shadowRoot!;
    expect(shadow.querySelector('img')).toBeNull();
    expect(card()!.querySelector('.tip-definition')!.textContent).toBe(`Widespread pain. ${HOSTILE}`);
    expect((window as { painlensPwned?: boolean }).painlensPwned).toBeUndefined();
    // No source line when there is no source.
    expect(card()!.textContent).not.toContain('Source:');
  });

  it('wires More, Turn off on this site and Close', () => {
    const [ketamine] = terms();
    const { c, calls } = controller();
    c.show(ketamine!);
    const buttons = [...card()!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['×', 'More about this term', 'Turn off on this site']);
    buttons[1]!.click();
    buttons[2]!.click();
    expect(calls.more).toEqual(['ketamine']);
    expect(calls.off).toBe(1);
    buttons[0]!.click();
    expect(card()).toBeNull();
    expect(c.term).toBeNull();
    expect(calls.closed).toBe(1);
    // The host stays for the next tooltip; hiding again does not call onClosed twice.
    expect(host()).not.toBeNull();
    c.hide();
    expect(calls.closed).toBe(1);
  });

  it('has no "Turn off on this site" where there is no site', () => {
    const [ketamine] = terms();
    const { c } = controller({ canTurnOffSite: false });
    c.show(ketamine!);
    expect(card()!.textContent).not.toContain('Turn off on this site');
  });

  it('does not show, or add a host, for a term without content', () => {
    const [, , opioid] = terms();
    expect(opioid!.termId).toBe('opioid');
    const { c } = controller();
    expect(c.show(opioid!)).toBe(false);
    expect(host()).toBeNull();
  });

  it('does not show a term whose text changed since the scan', () => {
    const [ketamine] = terms();
    ketamine!.startNode.data = 'k';
    const { c } = controller();
    expect(c.show(ketamine!)).toBe(false);
    expect(c.term).toBeNull();
  });

  it('moves focus into the card for keyboard use and back when closed', () => {
    const [ketamine] = terms();
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    const { c } = controller();
    c.show(ketamine!, { focus: true });
    expect(host()!.shadowRoot!.activeElement).toBe(card());
    c.hide();
    expect(document.activeElement).toBe(button);
  });

  it('owns its host and the nodes in its shadow root, not the page', () => {
    const [ketamine] = terms();
    const { c } = controller();
    expect(c.owns(document.body)).toBe(false);
    c.show(ketamine!);
    expect(c.owns(host())).toBe(true);
    expect(c.owns(card())).toBe(true);
    expect(c.owns(ketamine!.startNode)).toBe(false);
    expect(c.owns(null)).toBe(false);
  });

  it('announces through a polite live region in its shadow root', () => {
    const { c } = controller();
    c.announce('Term 1 of 3');
    const live = host()!.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.getAttribute('role')).toBe('status');
    expect(live.textContent).toBe('Term 1 of 3');
  });

  it('destroy() removes the host', () => {
    const [ketamine] = terms();
    const { c } = controller();
    c.show(ketamine!);
    c.destroy();
    expect(host()).toBeNull();
    expect(c.term).toBeNull();
    // Safe to call again.
    expect(() => c.destroy()).not.toThrow();
  });
});
