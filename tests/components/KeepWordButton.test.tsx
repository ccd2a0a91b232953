import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { KeepWordButton } from '@/components/KeepWordButton';
import { pressKey } from './support/keyboard';

const show = (kept: boolean, full = false) => {
  const calls = { onKeep: vi.fn(), onRemove: vi.fn() };
  render(<KeepWordButton name="NMDA receptor" kept={kept} full={full} {...calls} />);
  return calls;
};

describe('KeepWordButton', () => {
  it('offers "Ask my doctor about this word", named with the word, and keeps it on click and from the keyboard', () => {
    const { onKeep, onRemove } = show(false);
    const button = screen.getByRole('button', { name: 'Ask my doctor about this word: “NMDA receptor”' });
    fireEvent.click(button);
    button.focus();
    pressKey('Enter');
    expect(onKeep).toHaveBeenCalledTimes(2);
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('once kept, says so in words and offers Remove instead (not a toggle whose label changes)', () => {
    const { onKeep, onRemove } = show(true);
    screen.getByText('On your list of questions for your doctor.');
    expect(screen.queryByRole('button', { name: /Ask my doctor/ })).toBeNull();
    expect(screen.getAllByRole('button')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “NMDA receptor” from the list' }));
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(onKeep).not.toHaveBeenCalled();
  });

  it('a full list: no button, and says how to make room', () => {
    show(false, true);
    expect(screen.queryByRole('button')).toBeNull();
    screen.getByText(/list of words to ask about is full/);
  });
});
