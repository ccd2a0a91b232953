// Read aloud with the browser's speech synthesis and a voice on this device only (lib/speech-text.ts,
// pickLocalVoice). One reading at a time in a page; starting another stops the first. Where there is
// no local voice for the language, `available` is false and no control is drawn.
import { useEffect, useState } from 'preact/hooks';
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

/** The engine's queue for one page: each reading gets a token, so events of a stopped one change nothing. */
class Reader {
  #token = 0;
  constructor(
    readonly synth: Synth | null,
    private readonly onIdle: () => void,
  ) {}

  speak(voice: SpeechSynthesisVoice, text: string): boolean {
    if (!this.synth) return false;
    const token = ++this.#token;
    this.synth.cancel();
    const pieces = speechPieces(text);
    const done = () => {
      if (this.#token === token) this.onIdle();
    };
    pieces.forEach((piece, i) => {
      const utterance = new SpeechSynthesisUtterance(piece);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.addEventListener('error', done);
      if (i === pieces.length - 1) utterance.addEventListener('end', done);
      this.synth!.speak(utterance);
    });
    return pieces.length > 0;
  }

  stop(): void {
    this.#token++;
    this.synth?.cancel();
  }
}

export function useSpeech(lang = document.documentElement.lang || navigator.language || 'en'): Speech {
  const [speaking, setSpeaking] = useState<string | null>(null);
  const [reader] = useState(() => new Reader(engine(), () => setSpeaking(null)));
  const { synth } = reader;
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() =>
    synth ? pickLocalVoice(synth.getVoices(), lang) : null,
  );

  useEffect(() => {
    if (!synth) return;
    // Voices often load after the page: follow the list.
    const follow = () => setVoice(pickLocalVoice(synth.getVoices(), lang));
    synth.addEventListener('voiceschanged', follow);
    follow();
    return () => {
      synth.removeEventListener('voiceschanged', follow);
      reader.stop();
    };
  }, [synth, reader, lang]);

  return {
    available: voice !== null,
    speaking,
    speak: (id, text) => {
      if (voice && reader.speak(voice, text)) setSpeaking(id);
      else setSpeaking(null);
    },
    stop: () => {
      reader.stop();
      setSpeaking(null);
    },
  };
}
