import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { TextSourceForm, type TextSourceFormProps } from '@/components/TextSourceForm';
import { readDescription } from './support/a11y';

function setup(overrides: Partial<TextSourceFormProps> = {}) {
  const props: TextSourceFormProps = {
    draft: '',
    onDraft: vi.fn(),
    onExplain: vi.fn(),
    onFile: vi.fn(),
    accept: '.pdf,.txt',
    limitsText: 'Up to 20 MB.',
    ...overrides,
  };
  const view = render(<TextSourceForm {...props} />);
  return { props, ...view };
}

describe('TextSourceForm', () => {
  it('labels the box and says the text stays in the panel', () => {
    setup();
    const box = screen.getByLabelText('Paste the text you want explained');
    expect(readDescription(box)).toMatch(/does not save it or send it anywhere/);
    expect(screen.getByText('Up to 20 MB.')).toBeTruthy();
  });

  it('reports typing and explains only a draft with words, asking for text otherwise', () => {
    const { props, rerender } = setup({ draft: '   ' });
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'CRPS' } });
    expect(props.onDraft).toHaveBeenCalledWith('CRPS');
    fireEvent.click(screen.getByRole('button', { name: 'Explain this text' }));
    expect(props.onExplain).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Paste or type some text in the box first.');
    rerender(<TextSourceForm {...props} draft="Ketamine for CRPS" />);
    fireEvent.click(screen.getByRole('button', { name: 'Explain this text' }));
    expect(props.onExplain).toHaveBeenCalledTimes(1);
  });

  it('hands over a picked file and a dropped file, and accepts only the given types', () => {
    const { props, container } = setup();
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.accept).toBe('.pdf,.txt');
    const picked = new File(['x'], 'a.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [picked] } });
    expect(props.onFile).toHaveBeenCalledWith(picked);
    const dropped = new File(['y'], 'b.txt', { type: 'text/plain' });
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [dropped], types: ['Files'] } });
    container.querySelector('.text-source-drop')!.dispatchEvent(drop);
    expect(drop.defaultPrevented, 'the browser does not open the file itself').toBe(true);
    expect(props.onFile).toHaveBeenLastCalledWith(dropped);
  });
});
