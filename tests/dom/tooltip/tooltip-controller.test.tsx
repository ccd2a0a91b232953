import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scanBlock } from '../support/scan-block';
import { TermIndex, type IndexedTerm } from '@/content/term-index';
import { TooltipController, type TooltipContent, type TooltipOptions } from '@/content/tooltip/tooltip-controller';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import { installStaticRange, mount, snapshotDom, restoreGlobals, setGlobal } from '../support/dom-fakes';
import { closedRootOf, forgetClosedRoots, pressAsPerson, rememberClosedRoots } from '../support/closed-surface';

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
  const calls = {
    more: [] as string[],
    kept: [] as string[],
    off: 0,
    closed: 0,
    refused: [] as string[],
    tampered: [] as string[],
  };
  const c = new TooltipController(document, {
    lookup: (id) => CONTENT[id] ?? null,
    footnote: 'Not medical advice.',
    canTurnOffSite: true,
    onMore: (id) => calls.more.push(id),
    onKeep: async (id) => {
      calls.kept.push(id);
      return `Kept ${id}.`;
    },
    onTurnOffSite: () => calls.off++,
    onClosed: () => calls.closed++,
    guard: { refused: (k) => calls.refused.push(k), tampered: (w) => calls.tampered.push(w) },
    ...overrides,
  });
  controllers.push(c);
  return { c, calls };
}

function host(): HTMLElement | null {
  return document.querySelector('painlens-ui');
}
function shadow(): ShadowRoot {
  return closedRootOf(host())!;
}
function card(): HTMLElement | null {
  return (closedRootOf(host())?.querySelector('[role="dialog"]') as HTMLElement | null) ?? null;
}
function button(label: string): HTMLButtonElement {
  const b = [...card()!.querySelectorAll('button')].find(
    (x) => (x.getAttribute('aria-label') ?? x.textContent) === label,
  );
  if (!b) throw new Error(`no "${label}" button`);
  return b;
}
/** Presses are accepted once the card has been visible for a while (press-gate.ts): wait for it. */
async function armed(): Promise<void> {
  await vi.waitFor(() => expect(controllers.at(-1)?.surface().armed).toBe(true), { timeout: 3000, interval: 20 });
}
/** MutationObserver callbacks run as microtasks. */
const mutationsDelivered = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  installStaticRange();
  rememberClosedRoots();
});
afterEach(() => {
  for (const c of controllers) c.destroy();
  controllers = [];
  forgetClosedRoots();
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
    // Closed: a page's script gets null, and only PainLens holds the root.
    expect(h.shadowRoot).toBeNull();
    expect(shadow().mode).toBe('closed');
    expect(snapshotDom(document.body)).toEqual(bodyBefore);
    expect(c.term).toBe(ketamine);
  });

  it('renders the term in a non-modal dialog inside the shadow root', () => {
    const [ketamine] = terms();
    const { c } = controller();
    c.show(ketamine!);
    const dialog = card()!;
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const title = shadow().getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Ketamine');
    expect(dialog.textContent).toContain('An anesthetic drug, used at low doses for pain.');
    expect(dialog.textContent).toContain('Source: Guideline, 2018');
    expect(dialog.textContent).toContain('Not medical advice.');
    // Styles are isolated in the shadow root, not added to the page.
    expect(document.head.querySelector('style')).toBeNull();
    // The page cannot reach the card through the light DOM.
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it("draws the card at the reader's text size and contrast, and back at 100% and the calm colours", () => {
    const [ketamine, fibromyalgia] = terms();
    let reading = { scale: 2, contrast: true };
    const { c } = controller({ textScale: () => reading.scale, highContrast: () => reading.contrast });
    c.show(ketamine!);
    expect(card()!.style.fontSize).toBe('30px');
    expect(card()!.dataset.contrast).toBe('more');
    c.hide();
    reading = { scale: 1, contrast: false };
    c.show(fibromyalgia!);
    expect(card()!.style.fontSize).toBe('');
    expect(card()!.dataset.contrast).toBeUndefined();
  });

  it('shows a definition containing markup as text', () => {
    const [, fibromyalgia] = terms();
    const { c } = controller();
    c.show(fibromyalgia!);
    expect(shadow().querySelector('img')).toBeNull();
    expect(card()!.querySelector('.tip-definition')!.textContent).toBe(`Widespread pain. ${HOSTILE}`);
    expect((window as { painlensPwned?: boolean }).painlensPwned).toBeUndefined();
    // No source line when there is no source.
    expect(card()!.textContent).not.toContain('Source:');
  });

  it("wires More, Turn off on this site and Close to a person's presses", async () => {
    const [ketamine] = terms();
    const { c, calls } = controller();
    c.show(ketamine!);
    const buttons = [...card()!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent?.trim())).toEqual([
      '×',
      'More about this term',
      'Ask my doctor about this word',
      'Turn off on this site',
    ]);
    await armed();
    pressAsPerson(buttons[1]!);
    pressAsPerson(buttons[3]!);
    expect(calls.more).toEqual(['ketamine']);
    expect(calls.off).toBe(1);
    expect(calls.refused).toEqual([]);
    pressAsPerson(buttons[0]!);
    expect(card()).toBeNull();
    expect(c.term).toBeNull();
    expect(calls.closed).toBe(1);
    // The host stays for the next tooltip; hiding again does not call onClosed twice.
    expect(host()).not.toBeNull();
    c.hide();
    expect(calls.closed).toBe(1);
  });

  it('"Ask my doctor about this word" keeps the word, then the note takes its place and is announced', async () => {
    const [ketamine] = terms();
    const { c, calls } = controller();
    c.show(ketamine!);
    await armed();
    pressAsPerson(button('Ask my doctor about this word'));
    expect(calls.kept).toEqual(['ketamine']);
    await vi.waitFor(() => expect(card()!.querySelector('.tip-note')?.textContent).toBe('Kept ketamine.'));
    expect(card()!.textContent).not.toContain('Ask my doctor about this word');
    expect(shadow().querySelector('[aria-live="polite"]')!.textContent).toBe('Kept ketamine.');
    // The card stays open; the next card has the button again.
    expect(c.term).toBe(ketamine);
    c.hide();
    c.show(ketamine!);
    expect(card()!.textContent).toContain('Ask my doctor about this word');
  });

  it('a note that arrives after the card closed or moved on is not shown', async () => {
    const [ketamine, fibromyalgia] = terms();
    let resolve: (note: string) => void = () => {};
    const { c, calls } = controller({
      onKeep: (id) => {
        calls.kept.push(id);
        return new Promise((r) => (resolve = r));
      },
    });
    c.show(ketamine!);
    await armed();
    pressAsPerson(button('Ask my doctor about this word'));
    c.show(fibromyalgia!);
    resolve('Kept ketamine.');
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.kept).toEqual(['ketamine']);
    expect(card()!.querySelector('.tip-note')).toBeNull();
    expect(c.term).toBe(fibromyalgia);
  });

  it('on a phone, a close request (Back, Escape) closes the sheet through CloseWatcher, one watcher per card', () => {
    const watchers: (EventTarget & { destroyed: boolean })[] = [];
    class FakeCloseWatcher extends EventTarget {
      destroyed = false;
      constructor() {
        super();
        watchers.push(this);
      }
      destroy() {
        this.destroyed = true;
      }
    }
    setGlobal('CloseWatcher', FakeCloseWatcher);
    const width = window.innerWidth;
    setGlobal('innerWidth', 390);
    const [ketamine, fibromyalgia] = terms();
    const { c, calls } = controller();
    c.show(ketamine!);
    expect(watchers).toHaveLength(1);
    // Another term: the first watcher goes, the new card has its own.
    c.show(fibromyalgia!);
    expect(watchers.map((w) => w.destroyed)).toEqual([true, false]);
    watchers[1]!.dispatchEvent(new Event('close'));
    expect(c.term).toBeNull();
    expect(calls.closed).toBe(1);
    // Closed another way: its watcher is given back.
    c.show(ketamine!);
    c.hide();
    expect(watchers.map((w) => w.destroyed)).toEqual([true, false, true]);
    // Wider than a phone: a card beside the term, no watcher.
    setGlobal('innerWidth', Math.max(width, 1024));
    c.show(ketamine!);
    expect(watchers).toHaveLength(3);
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
    expect(shadow().activeElement).toBe(card());
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
    const live = shadow().querySelector('[aria-live="polite"]')!;
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

describe('TooltipController against a hostile page', () => {
  it("refuses a script's clicks (click(), dispatched events) on every button", async () => {
    const [ketamine] = terms();
    const { c, calls } = controller();
    c.show(ketamine!);
    await armed();
    button('More about this term').click();
    button('Ask my doctor about this word').click();
    button('Turn off on this site').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    button('Close').click();
    expect(calls.more).toEqual([]);
    expect(calls.kept).toEqual([]);
    expect(calls.off).toBe(0);
    expect(c.term).toBe(ketamine);
    expect(calls.refused).toEqual(['press:untrusted', 'press:untrusted', 'press:untrusted', 'press:untrusted']);
  });

  it('refuses every button until the card has been visible for a while, and More and Turn off without user activation', async () => {
    const [ketamine] = terms();
    const { c, calls } = controller();
    c.show(ketamine!);
    pressAsPerson(button('More about this term'));
    pressAsPerson(button('Close'));
    expect(calls.more).toEqual([]);
    expect(c.term).toBe(ketamine);
    expect(calls.refused).toEqual(['press:not-armed', 'press:not-armed']);
    await armed();
    const activation = { isActive: false };
    setGlobal('navigator', Object.assign(Object.create(navigator), { userActivation: activation }));
    Object.defineProperty(window.navigator, 'userActivation', { value: activation, configurable: true });
    pressAsPerson(button('Turn off on this site'));
    expect(calls.off).toBe(0);
    expect(calls.refused).toEqual(['press:not-armed', 'press:not-armed', 'press:no-activation']);
    activation.isActive = true;
    pressAsPerson(button('Turn off on this site'));
    expect(calls.off).toBe(1);
    delete (window.navigator as { userActivation?: unknown }).userActivation;
  });

  it('a restyled host: the card goes at once, clicks are refused, and the next card has a new host', async () => {
    const [ketamine, fibromyalgia] = terms();
    const { c, calls } = controller();
    c.show(ketamine!);
    await armed();
    const first = host()!;
    const more = button('More about this term');
    // A page making the card invisible to lure a click: the press in the same task is refused too.
    first.style.setProperty('opacity', '0', 'important');
    pressAsPerson(more);
    expect(calls.more).toEqual([]);
    expect(calls.refused).toEqual(['press:tampered']);
    await mutationsDelivered();
    expect(calls.tampered).toEqual(['host style']);
    expect(c.term).toBeNull();
    expect(first.isConnected).toBe(false);
    expect(c.show(fibromyalgia!)).toBe(true);
    expect(host()).not.toBe(first);
    expect(host()!.style.getPropertyValue('opacity')).toBe('');
    expect(card()!.textContent).toContain('Widespread pain.');
  });

  it('children put into the host, an aria-hidden host or a changed shadow root count as tampering; data- attributes do not', async () => {
    const [ketamine] = terms();
    const { c, calls } = controller();
    c.show(ketamine!);
    host()!.setAttribute('data-darkreader-inline', '');
    await mutationsDelivered();
    expect(calls.tampered).toEqual([]);
    expect(c.term).toBe(ketamine);

    host()!.append(Object.assign(document.createElement('p'), { textContent: 'FDA approved for pain' }));
    await mutationsDelivered();
    expect(calls.tampered).toEqual(['host children']);

    c.show(ketamine!);
    host()!.setAttribute('aria-hidden', 'true');
    await mutationsDelivered();
    expect(calls.tampered).toEqual(['host children', 'host attribute aria-hidden']);

    c.show(ketamine!);
    card()!.querySelector('.tip-definition')!.textContent = 'Safe at any dose.';
    await mutationsDelivered();
    expect(calls.tampered).toEqual(['host children', 'host attribute aria-hidden', 'shadow root childList']);
    expect(c.term).toBeNull();
    expect(document.querySelectorAll('painlens-ui')).toHaveLength(0);
  });

  it("PainLens's own changes (placing, marking, arming, announcing) are not taken for tampering", async () => {
    const [ketamine] = terms();
    const { c, calls } = controller();
    c.show(ketamine!, { pointer: { x: 5, y: 5 } });
    c.announce('Term 1 of 3');
    await armed();
    c.hide();
    c.show(ketamine!);
    await mutationsDelivered();
    expect(calls.tampered).toEqual([]);
  });

  it('a host the page moved elsewhere is replaced by a new one at the next show', () => {
    const [ketamine] = terms();
    const { c, calls } = controller();
    c.show(ketamine!);
    const first = host()!;
    const trap = mount('<div style="opacity:0"></div>').firstElementChild!;
    trap.append(first);
    c.hide();
    expect(c.show(ketamine!)).toBe(true);
    expect(host()).not.toBe(first);
    expect(host()!.parentNode).toBe(document.documentElement);
    expect(calls.tampered).toEqual([]);
  });
});
