// Read aloud with a stubbed speech engine: local voices only, Stop, and no control without a voice.
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, fireEvent, waitFor } from '@testing-library/preact';
import { useSpeech } from '@/hooks/use-speech';
import { ReadAloud } from '@/components/ReadAloud';
import { installFakeSpeech, removeFakeSpeech, voice } from '../support/fake-speech';

function Section() {
  const speech = useSpeech('en-US');
  return (
    <ReadAloud
      id="risks"
      title="Risks"
      available={speech.available}
      speaking={speech.speaking === 'risks'}
      onSpeak={speech.speak}
      onStop={speech.stop}
    >
      <p>{'Blood pressure rises during the drip. '.repeat(12)}</p>
    </ReadAloud>
  );
}

afterEach(removeFakeSpeech);

describe('read aloud', () => {
  it('reads with a local voice, in pieces, and offers Stop until the last piece ends', async () => {
    const synth = installFakeSpeech([voice('Cloud', 'en-US', false, true), voice('Local', 'en-US', true)]);
    render(<Section />);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud “Risks”' }));
    expect(synth.spoken.length).toBeGreaterThan(1);
    expect(synth.spoken.every((u) => u.voice?.name === 'Local')).toBe(true);
    expect(synth.spoken.map((u) => u.text).join(' ')).toContain('Blood pressure rises during the drip.');
    expect(screen.getByRole('button', { name: 'Stop reading “Risks”' })).toBeTruthy();
    await act(() => synth.finishAll());
    expect(screen.getByRole('button', { name: 'Read aloud “Risks”' })).toBeTruthy();
  });

  it('stops at once when Stop is pressed, and a stopped reading ending later changes nothing', async () => {
    const synth = installFakeSpeech([voice('Local', 'en-GB', true)]);
    render(<Section />);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud “Risks”' }));
    const cancelsBefore = synth.cancels;
    fireEvent.click(screen.getByRole('button', { name: 'Stop reading “Risks”' }));
    expect(synth.cancels).toBe(cancelsBefore + 1);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud “Risks”' }));
    const first = synth.spoken[0]!;
    await act(() => {
      first.dispatchEvent(new Event('end'));
    });
    await act(() => {
      synth.spoken.at(-1)!.dispatchEvent(new Event('end'));
    });
    expect(screen.getByRole('button', { name: 'Read aloud “Risks”' })).toBeTruthy();
  });

  it('draws no control with network voices only, and shows one once a local voice loads', async () => {
    const synth = installFakeSpeech([voice('Cloud', 'en-US', false, true)]);
    render(<Section />);
    expect(screen.queryByRole('button', { name: /Read aloud/ })).toBeNull();
    synth.voices = [...synth.voices, voice('Local', 'en-US', true)];
    await act(() => {
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    expect(screen.getByRole('button', { name: 'Read aloud “Risks”' })).toBeTruthy();
  });

  it('draws no control where the browser has no speech synthesis', () => {
    removeFakeSpeech();
    render(<Section />);
    expect(screen.queryByRole('button', { name: /Read aloud/ })).toBeNull();
  });

  it('stops reading when the view closes', async () => {
    const synth = installFakeSpeech([voice('Local', 'en-US', true)]);
    const { unmount } = render(<Section />);
    // The engine's listener is attached: a new voice list is followed.
    synth.voices = [];
    await act(() => {
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    expect(screen.queryByRole('button', { name: /Read aloud/ })).toBeNull();
    synth.voices = [voice('Local', 'en-US', true)];
    await act(() => {
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud “Risks”' }));
    const cancels = synth.cancels;
    unmount();
    // Preact 11 runs an unmounted component's effect cleanups after the next paint.
    await waitFor(() => expect(synth.cancels).toBe(cancels + 1));
  });
});
