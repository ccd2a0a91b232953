import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { OptionsComparison } from '@/components/OptionsComparison';
import { createCite } from '@/lib/cite';
import { OPTION_ATTRIBUTES, OPTION_EVIDENCE_LABELS, OPTIONS_NEXT_STEPS, optionComparisons } from '@/data/options';
import { sources } from '@/data/sources';
import type { OptionComparison } from '@/data/types';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const cite = createCite(sources);

describe('OptionsComparison', () => {
  it.each(optionComparisons.map((c) => [c.id, c] as const))(
    '%s: a region with its main message, a real table at a glance and every option on the same attributes',
    (_id, c) => {
      render(<OptionsComparison comparison={c} cite={cite} />);
      const region = screen.getByRole('region', { name: c.title });
      expect(region.querySelector('.main-message')?.textContent).toBe(c.mainMessage);
      const table = within(region).getByRole('table', { name: `${c.title}: at a glance` });
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual(['Option', 'How strong the evidence is', 'Likely benefit']);
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((h) => h.textContent),
      ).toEqual(c.options.map((o) => o.name));
      // Ketamine and staying with current care are always there.
      expect(c.options.some((o) => o.kind === 'ketamine')).toBe(true);
      expect(c.options.some((o) => o.kind === 'current-care')).toBe(true);
      for (const o of c.options) {
        const heading = within(region).getByRole('heading', { level: 3, name: o.name });
        const dl = heading.nextElementSibling as HTMLElement;
        expect(dl.tagName).toBe('DL');
        expect([...dl.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(OPTION_ATTRIBUTES.map((a) => a.label));
        const dds = [...dl.querySelectorAll('dd')];
        OPTION_ATTRIBUTES.forEach((a, i) => expect(dds[i]!.textContent).toContain(o[a.key].text));
        expect(dds[1]!.textContent).toContain(OPTION_EVIDENCE_LABELS[o.evidence]);
      }
    },
  );

  it('ends with why the choice matters and the steps to take', () => {
    render(<OptionsComparison comparison={optionComparisons[0]!} cite={cite} />);
    const heading = screen.getByRole('heading', { level: 3, name: 'What you can do' });
    expect(heading.nextElementSibling?.textContent).toBe(OPTIONS_NEXT_STEPS.why);
    const steps = heading.nextElementSibling!.nextElementSibling!;
    expect(steps.tagName).toBe('OL');
    expect([...steps.querySelectorAll('li')].map((li) => li.textContent)).toEqual([...OPTIONS_NEXT_STEPS.steps]);
  });

  it('lets keyboard users scroll a wide table: the wrapper is a focusable, named region', () => {
    const c = optionComparisons[0]!;
    render(<OptionsComparison comparison={c} cite={cite} />);
    const wrap = screen.getByRole('region', { name: `${c.title}: at a glance` });
    expect(wrap.getAttribute('tabindex')).toBe('0');
  });

  it('renders markup as text', () => {
    const c = optionComparisons[0]!;
    const evil: OptionComparison = {
      ...c,
      title: MARKUP,
      mainMessage: MARKUP,
      options: c.options.map((o) => ({ ...o, name: MARKUP + o.id, benefit: { text: MARKUP, sources: [] } })),
    };
    const { container } = render(<OptionsComparison comparison={evil} cite={cite} />);
    expectNoInjectedElements(container);
  });
});
