import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { RepairedDataNotice } from '@/components/RepairedDataNotice';

describe('RepairedDataNotice', () => {
  it('shows nothing when nothing was repaired', () => {
    const { container } = render(<RepairedDataNotice repaired={[]} />);
    expect(container.textContent).toBe('');
  });

  it('names what was reset and says the rest, answers included, was kept (the side panel)', () => {
    const { container } = render(
      <RepairedDataNotice repaired={['settings', 'checklistAnswers (1 unreadable answer)']} />,
    );
    expect(container.textContent).toBe(
      'Some saved data could not be read (settings, checklistAnswers (1 unreadable answer)) and was reset to defaults. ' +
        'Everything else, including your other checklist answers, was kept.',
    );
  });

  it('says it in fewer words where space is short (the popup)', () => {
    const { container } = render(<RepairedDataNotice repaired={['disabledSites']} compact />);
    expect(container.textContent).toBe(
      'Some saved data could not be read (disabledSites) and was reset to defaults. Everything else was kept.',
    );
  });
});
