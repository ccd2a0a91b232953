// The state every extension page shares: settings, sites turned off, checklist answers, and the
// only ways the pages change them (utils/storage has the writers).
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { todayIso, withAnswer } from '@/lib/answers';
import type { Answer } from '@/data/types';
import {
  setSiteOff,
  storedChecklistAnswers,
  storedDisabledSites,
  storedSettings,
  updateChecklistAnswers,
  updateSettings,
} from '@/utils/storage';
import { useStored } from './use-stored';

export type AppState = ReturnType<typeof useAppState>;

export function useAppState() {
  const settings = useStored(storedSettings, DEFAULT_SETTINGS);
  const sites = useStored<string[]>(storedDisabledSites, []);
  const answers = useStored(storedChecklistAnswers, {});
  return {
    settings,
    sites,
    answers,
    repaired: [...settings.repaired, ...sites.repaired, ...answers.repaired],
    setSettings: (next: Settings) => updateSettings(() => next),
    setPaused: (paused: boolean) => updateSettings((s) => ({ ...s, paused })),
    setSiteOff,
    setAnswer: (id: string, answer: Answer | null) =>
      updateChecklistAnswers((a) => withAnswer(a, id, answer, todayIso())),
    resetAnswers: () => updateChecklistAnswers(() => ({})),
  };
}
