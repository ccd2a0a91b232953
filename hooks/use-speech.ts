// Read aloud with the browser's speech synthesis and a voice on this device only (lib/speech-text.ts,
// pickLocalVoice). One reading at a time in a page; starting another stops the first. Where there is
// no local voice for the language, `available` is false and no control is drawn.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { pickLocalVoice, speechPieces } from '@/lib/speech-text';

export interface Speech {
  /** A local voice exists for the page's language. */
  available: boolean;
  /** What is being read (the id given to speak), or null. */
  speaking: string | null;
  speak: (id: string, text: string) => void;
  stop: () => void;
}

type Synth = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices' | 'addEventListener' | 'removeEventListener'>;

function engine(): Synth | null {
  return typeof speechSynthesis === 'object' && typeof SpeechSynthesisUtterance === 'function' ? speechSynthesis : null;
}

export function useSpeech(lang = document.documentElement.lang || navigator.language || 'en'): Speech {
  const [synth] = useState(engine);
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() =>
    synth ? pickLocalVoice(synth.getVoices(), lang) : null,
  );
  const [speaking, setSpeaking] = useState<string | null>(null);
  // Each reading gets a token; events of an earlier, stopped reading change nothing.
  const reading = useRef(0);

  useEffect(() => {
    if (!synth) return;
    // Voices often load after the page: follow the list.
    const follow = () => setVoice(pickLocalVoice(synth.getVoices(), lang));
    synth.addEventListener('voiceschanged', follow);
    follow();
    return () => {
      synth.removeEventListener('voiceschanged', follow);
      reading.current++;
      synth.cancel();
    };
  }, [synth, lang]);

  const stop = useCallback(() => {
    reading.current++;
    synth?.cancel();
    setSpeaking(null);
  }, [synth]);

  const speak = useCallback(
    (id: string, text: string) => {
      if (!synth || !voice) return;
      const token = ++reading.current;
      synth.cancel();
      const pieces = speechPieces(text);
      if (!pieces.length) return setSpeaking(null);
      const done = () => {
        if (reading.current === token) setSpeaking(null);
      };
      pieces.forEach((piece, i) => {
        const utterance = new SpeechSynthesisUtterance(piece);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.addEventListener('error', done);
        if (i === pieces.length - 1) utterance.addEventListener('end', done);
        synth.speak(utterance);
      });
      setSpeaking(id);
    },
    [synth, voice],
  );

  return { available: voice !== null, speaking, speak, stop };
}
