// The state every extension page shares: settings, sites turned off, the checklist record (answers,
// values, SURE, earlier answers), the handout choice, the words kept to ask about, and the only ways the pages change them
// (utils/storage has the writers).
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { EMPTY_RECORD, todayIso, withRecordAnswer, withSureAnswer, withValue } from '@/lib/answers';
import { NO_HANDOUT_CHOICE } from '@/lib/handout-choice';
import { NO_KEPT_WORDS, withWordKept, withoutWord } from '@/lib/kept-words';
import type { Answer, ValueWeight } from '@/data/types';
import {
  setSiteOff,
  storedChecklistRecord,
  storedDisabledSites,
  storedHandoutChoice,
  storedKeptWords,
  storedSettings,
  updateChecklistRecord,
  updateHandoutChoice,
  updateKeptWords,
  updateSettings,
} from '@/utils/storage';
import { useStored } from './use-stored';

export type AppState = ReturnType<typeof useAppState>;

export function useAppState() {
  const settings = useStored(storedSettings, DEFAULT_SETTINGS);
  const sites = useStored<string[]>(storedDisabledSites, []);
  const record = useStored(storedChecklistRecord, EMPTY_RECORD);
  const handout = useStored(storedHandoutChoice, NO_HANDOUT_CHOICE);
  const kept = useStored(storedKeptWords, NO_KEPT_WORDS);
  return {
    settings,
    sites,
    record,
    handout,
    kept,
    repaired: [...settings.repaired, ...sites.repaired, ...record.repaired, ...handout.repaired, ...kept.repaired],
    setSettings: (next: Settings) => updateSettings(() => next),
    setPaused: (paused: boolean) => updateSettings((s) => ({ ...s, paused })),
    setSiteOff,
    // Shown at once, written in one transaction (hooks/use-stored.ts).
    setAnswer: (id: string, answer: Answer | null) =>
      record.change((r) => withRecordAnswer(r, id, answer, todayIso()), updateChecklistRecord),
    setValue: (id: string, weight: ValueWeight | null) =>
      record.change((r) => withValue(r, id, weight, todayIso()), updateChecklistRecord),
    setSure: (id: string, answer: 'yes' | 'no' | null) =>
      record.change((r) => withSureAnswer(r, id, answer, todayIso()), updateChecklistRecord),
    /** "Reset answers": every answer, earlier answer, value and SURE answer. */
    resetAnswers: () => updateChecklistRecord(() => EMPTY_RECORD),
    setHandoutOptions: (options: string | null) => updateHandoutChoice(() => ({ options })),
    /** "Ask my doctor about this word": kept under the name it has now (lib/kept-words.ts). */
    keepWord: (id: string, name: string) =>
      kept.change((k) => withWordKept(k, { id, name, on: todayIso() }), updateKeptWords),
    removeWord: (id: string) => kept.change((k) => withoutWord(k, id), updateKeptWords),
  };
}
