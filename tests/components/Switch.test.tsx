import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { Switch } from '@/components/Switch';
import { pressKey } from './support/keyboard';
import { MARKUP, expectNoInjectedElements, readDescription } from './support/a11y';

// As the popup uses it: "Explain terms on pages", on when PainLens is not paused.
const LABEL = 'Explain terms on pages';

describe('Switch', () => {
  it('is a switch named by its label alone (the drawn track is hidden from screen readers)', () => {
    render(<Switch id="pause-switch" label={LABEL} checked onChange={() => {}} />);
    const sw = screen.getByRole('switch', { name: LABEL });
    expect(sw.id).toBe('pause-switch');
    expect(sw.querySelector('.switch-track')?.getAttribute('aria-hidden')).toBe('true');
  });

  it.each([true, false])('reports checked=%s through aria-checked', (checked) => {
    render(<Switch label={LABEL} checked={checked} onChange={() => {}} />);
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe(String(checked));
  });

  it.each([
    [true, false],
    [false, true],
  ])('when checked=%s, a click asks for %s', (checked, next) => {
    const onChange = vi.fn();
    render(<Switch label={LABEL} checked={checked} onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch'));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(next);
  });

  it.each(['Enter', ' '])('toggles from the keyboard with %j once focused', (key) => {
    const onChange = vi.fn();
    render(<Switch label={LABEL} checked onChange={onChange} />);
    const sw = screen.getByRole('switch');
    sw.focus();
    expect(document.activeElement).toBe(sw);
    expect(pressKey(key)).toBe(sw);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('ignores other keys', () => {
    const onChange = vi.fn();
    render(<Switch label={LABEL} checked onChange={onChange} />);
    screen.getByRole('switch').focus();
    pressKey('a');
    pressKey('ArrowRight');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does nothing while disabled, by mouse or keyboard', () => {
    const onChange = vi.fn();
    render(<Switch label={LABEL} checked={false} disabled onChange={onChange} />);
    const sw = screen.getByRole('switch', { name: LABEL }) as HTMLButtonElement;
    expect(sw.disabled).toBe(true);
    fireEvent.click(sw);
    sw.focus();
    pressKey('Enter');
    pressKey(' ');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows its description and links it as the accessible description', () => {
    render(
      <Switch
        id="pause-switch"
        label={LABEL}
        description="Highlights are off everywhere"
        checked={false}
        onChange={() => {}}
      />,
    );
    const sw = screen.getByRole('switch', { name: LABEL });
    expect(readDescription(sw)).toBe('Highlights are off everywhere');
  });

  it('links the description even when no id is given', () => {
    render(<Switch label={LABEL} description="Highlights are off everywhere" checked onChange={() => {}} />);
    expect(readDescription(screen.getByRole('switch'))).toBe('Highlights are off everywhere');
  });

  it('gives two id-less switches different description ids', () => {
    render(
      <>
        <Switch label="One" description="First" checked onChange={() => {}} />
        <Switch label="Two" description="Second" checked onChange={() => {}} />
      </>,
    );
    expect(readDescription(screen.getByRole('switch', { name: 'One' }))).toBe('First');
    expect(readDescription(screen.getByRole('switch', { name: 'Two' }))).toBe('Second');
  });

  it('has no description without one', () => {
    render(<Switch id="s" label={LABEL} checked onChange={() => {}} />);
    expect(screen.getByRole('switch').hasAttribute('aria-describedby')).toBe(false);
  });

  it('renders a site name containing markup as text ("On <site>")', () => {
    const { container } = render(<Switch label={`On ${MARKUP}`} description={MARKUP} checked onChange={() => {}} />);
    screen.getByRole('switch', { name: `On ${MARKUP}` });
    expectNoInjectedElements(container);
  });
});
