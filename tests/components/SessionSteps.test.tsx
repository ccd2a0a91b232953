import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { SessionSteps } from '@/components/SessionSteps';
import { createCite } from '@/lib/cite';
import { guideSections } from '@/data/guide';
import { sources } from '@/data/sources';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const cite = createCite(sources);
const steps = guideSections.find((s) => s.id === 'a-drip-session')!.steps!;

describe('SessionSteps', () => {
  it('is a named ordered list, each step numbered with its title, text and citations', () => {
    render(<SessionSteps steps={steps} cite={cite} label="Steps of a drip session" />);
    const list = screen.getByRole('list', { name: 'Steps of a drip session' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(steps.length);
    items.forEach((li, i) => {
      expect(li.textContent).toContain(`Step ${i + 1}: ${steps[i]!.title}`);
      expect(li.textContent).toContain(steps[i]!.text);
      expect(within(li).getAllByRole('link').length).toBe(cite(steps[i]!.sources).length);
    });
  });

  it('hides the pictures from screen readers and draws one per step', () => {
    const { container } = render(<SessionSteps steps={steps} cite={cite} label="x" />);
    const svgs = container.querySelectorAll('svg');
    expect(svgs).toHaveLength(steps.length);
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.querySelector('path')?.getAttribute('d')).toBeTruthy();
    }
  });

  it('renders markup as text', () => {
    const { container } = render(
      <SessionSteps steps={[{ title: MARKUP, text: MARKUP, icon: 'drip', sources: [] }]} cite={cite} label={MARKUP} />,
    );
    expectNoInjectedElements(container);
  });
});
