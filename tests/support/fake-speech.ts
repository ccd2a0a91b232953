// A speech engine for tests: records what would be read and with which voice, and lets a test end
// an utterance. Installed as globalThis.speechSynthesis / SpeechSynthesisUtterance.
export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export class FakeUtterance extends EventTarget {
  voice: FakeVoice | null = null;
  lang = '';
  constructor(readonly text: string) {
    super();
  }
}

export class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  cancels = 0;
  constructor(public voices: FakeVoice[]) {
    super();
  }
  getVoices(): FakeVoice[] {
    return this.voices;
  }
  speak(u: FakeUtterance): void {
    this.spoken.push(u);
  }
  cancel(): void {
    this.cancels++;
  }
  /** Ends every utterance spoken so far, as the engine would after reading them. */
  finishAll(): void {
    for (const u of this.spoken) u.dispatchEvent(new Event('end'));
  }
}

export const voice = (name: string, lang: string, localService: boolean, isDefault = false): FakeVoice => ({
  name,
  lang,
  localService,
  default: isDefault,
  voiceURI: name,
});

export function installFakeSpeech(voices: FakeVoice[]): FakeSynth {
  const synth = new FakeSynth(voices);
  Object.assign(globalThis, { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
  return synth;
}

export function removeFakeSpeech(): void {
  const g = globalThis as Record<string, unknown>;
  delete g.speechSynthesis;
  delete g.SpeechSynthesisUtterance;
}
