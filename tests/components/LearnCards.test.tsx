import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { LearnCards } from '@/components/LearnCards';
import { guideSections } from '@/data/guide';
import { pressKey } from './support/keyboard';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const VISIBLE = 'Read more in the side panel';

describe('LearnCards', () => {
  it('shows one card per guide section with its title and summary', () => {
    render(<LearnCards sections={guideSections} onOpen={() => {}} />);
    const cards = screen.getAllByRole('listitem');
    expect(cards).toHaveLength(guideSections.length);
    cards.forEach((card, i) => {
      const s = guideSections[i]!;
      within(card).getByRole('heading', { level: 3, name: s.title });
      expect(within(card).getByText(s.mainMessage).tagName).toBe('P');
    });
  });

  it('names each button after its section, starting with the words it shows', () => {
    render(<LearnCards sections={guideSections} onOpen={() => {}} />);
    for (const s of guideSections) {
      const button = screen.getByRole('button', { name: `${VISIBLE}: ${s.title}` });
      expect(button.textContent).toBe(VISIBLE);
    }
  });

  it('opens the section on click and from the keyboard', () => {
    const onOpen = vi.fn();
    render(<LearnCards sections={guideSections} onOpen={onOpen} />);
    const [a, b] = [guideSections[0]!, guideSections[2]!];
    fireEvent.click(screen.getByRole('button', { name: `${VISIBLE}: ${a.title}` }));
    screen.getByRole('button', { name: `${VISIBLE}: ${b.title}` }).focus();
    pressKey(' ');
    expect(onOpen.mock.calls).toEqual([[a.id], [b.id]]);
  });

  it('renders an empty list for no sections', () => {
    render(<LearnCards sections={[]} onOpen={() => {}} />);
    expect(screen.getByRole('list').children).toHaveLength(0);
  });

  it('renders texts containing markup as text', () => {
    const { container } = render(
      <LearnCards sections={[{ id: 'x', title: MARKUP, mainMessage: MARKUP }]} onOpen={() => {}} />,
    );
    screen.getByRole('heading', { name: MARKUP });
    expectNoInjectedElements(container);
  });
});
