import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { ValuesForm, type ValuesFormProps } from '@/components/ValuesForm';
import {
  SURE_INTRO,
  SURE_ITEMS,
  SURE_TITLE,
  VALUE_ITEMS,
  VALUE_WEIGHTS,
  VALUES_INTRO,
  VALUES_TITLE,
} from '@/data/values';
import { MARKUP, expectNoInjectedElements, readDescription } from './support/a11y';

const texts = { valuesTitle: VALUES_TITLE, valuesIntro: VALUES_INTRO, sureTitle: SURE_TITLE, sureIntro: SURE_INTRO };
const setup = (extra: Partial<ValuesFormProps> = {}) => {
  const onValue = vi.fn();
  const onSure = vi.fn();
  render(
    <ValuesForm
      items={VALUE_ITEMS}
      weights={VALUE_WEIGHTS}
      values={{}}
      onValue={onValue}
      sureItems={SURE_ITEMS}
      sure={{}}
      onSure={onSure}
      texts={texts}
      idPrefix="v"
      {...extra}
    />,
  );
  return { onValue, onSure };
};

describe('ValuesForm', () => {
  it('asks how much each value matters, with its help, and the four SURE questions', () => {
    setup();
    for (const v of VALUE_ITEMS) {
      const group = screen.getByRole('group', { name: v.label });
      expect(
        within(group)
          .getAllByRole('radio')
          .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent),
      ).toEqual(VALUE_WEIGHTS.map((w) => w.label));
      expect(readDescription(group)).toBe(v.help);
    }
    for (const s of SURE_ITEMS) {
      const group = screen.getByRole('group', { name: s.question });
      expect(within(group).getAllByRole('radio')).toHaveLength(2);
    }
    expect(SURE_ITEMS.map((s) => s.question)).toEqual([
      'Do you feel SURE about the best choice for you?',
      'Do you know the benefits and risks of each option?',
      'Are you clear about which benefits and risks matter to you most?',
      'Do you have enough support and advice to make a choice?',
    ]);
  });

  it('reports choices and clears, keeping focus in the question', () => {
    const { onValue, onSure } = setup({ values: { 'low-cost': 'some' }, sure: { sure: 'yes' } });
    fireEvent.click(
      within(screen.getByRole('group', { name: VALUE_ITEMS[0]!.label })).getByRole('radio', { name: 'Matters a lot' }),
    );
    expect(onValue).toHaveBeenCalledWith(VALUE_ITEMS[0]!.id, 'a-lot');
    fireEvent.click(
      within(screen.getByRole('group', { name: SURE_ITEMS[1]!.question })).getByRole('radio', { name: 'No' }),
    );
    expect(onSure).toHaveBeenCalledWith('understand', 'no');
    const lowCost = screen.getByRole('group', { name: 'Keeping the cost low' });
    fireEvent.click(within(lowCost).getByRole('button', { name: /^Clear/ }));
    expect(onValue).toHaveBeenCalledWith('low-cost', null);
    expect(document.activeElement).toBe(within(lowCost).getAllByRole('radio')[0]);
    fireEvent.click(
      within(screen.getByRole('group', { name: SURE_ITEMS[0]!.question })).getByRole('button', { name: /^Clear/ }),
    );
    expect(onSure).toHaveBeenCalledWith('sure', null);
  });

  it('leaves the help out when compact', () => {
    setup({ compact: true });
    expect(screen.queryByText(VALUE_ITEMS[0]!.help)).toBeNull();
  });

  it('renders markup as text', () => {
    const { container } = render(
      <ValuesForm
        items={[{ id: 'x', label: MARKUP, help: MARKUP }]}
        weights={VALUE_WEIGHTS}
        values={{}}
        onValue={() => {}}
        sureItems={[{ id: 'sure', question: MARKUP }]}
        sure={{}}
        onSure={() => {}}
        texts={{ valuesTitle: MARKUP, valuesIntro: MARKUP, sureTitle: MARKUP, sureIntro: MARKUP }}
        idPrefix="m"
      />,
    );
    expectNoInjectedElements(container);
  });
});
