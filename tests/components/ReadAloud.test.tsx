import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { ReadAloud, type ReadAloudProps } from '@/components/ReadAloud';

function show(props: Partial<ReadAloudProps> = {}) {
  const onSpeak = vi.fn();
  const onStop = vi.fn();
  const view = render(
    <ReadAloud id="how" title="How it works" available speaking={false} onSpeak={onSpeak} onStop={onStop} {...props}>
      <h2>How it works</h2>
      <p>
        Ketamine blocks NMDA receptors<sup class="refs">[1]</sup>
      </p>
      <ul>
        <li>It acts fast</li>
        <li>Relief fades</li>
      </ul>
      <button type="button">Copy</button>
    </ReadAloud>,
  );
  return { onSpeak, onStop, ...view };
}

describe('ReadAloud', () => {
  it('reads the content as shown, with headings and items as sentences, without buttons or citation marks', () => {
    const { onSpeak } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud “How it works”' }));
    expect(onSpeak).toHaveBeenCalledTimes(1);
    const [id, text] = onSpeak.mock.calls[0]!;
    expect(id).toBe('how');
    const spoken = (text as string).replace(/\s+/g, ' ').trim();
    expect(spoken).toBe('How it works. Ketamine blocks NMDA receptors. It acts fast. Relief fades.');
  });

  it('offers Stop while reading', () => {
    const { onStop, onSpeak } = show({ speaking: true });
    fireEvent.click(screen.getByRole('button', { name: 'Stop reading “How it works”' }));
    expect(onStop).toHaveBeenCalledTimes(1);
    expect(onSpeak).not.toHaveBeenCalled();
  });

  it('draws no control where the device has no voice, and still shows the content', () => {
    show({ available: false });
    expect(screen.queryByRole('button', { name: /Read aloud/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'How it works' })).toBeTruthy();
  });
});
