// The state every extension page shares: settings, sites turned off, checklist answers.
import { normalizeSettings, normalizeSiteList, type Settings } from '@/lib/settings';
import { normalizeAnswers, todayIso, withAnswer, type ChecklistAnswers } from '@/lib/answers';
import type { Answer } from '@/data/types';
import {
  checklistAnswersItem,
  disabledSitesItem,
  settingsItem,
  updateChecklistAnswers,
  updateDisabledSites,
  updateSettings,
} from '../storage';
import { useStored } from './use-stored';

export function useAppState() {
  // A repair rewrites the latest stored value (update* reads it through the same normalizer), never
  // the snapshot this page read: an answer given meanwhile in another page must not be lost.
  const settings = useStored<Settings>(settingsItem, normalizeSettings, () => updateSettings((s) => s));
  const sites = useStored<string[]>(disabledSitesItem, normalizeSiteList, () => updateDisabledSites((l) => l));
  const answers = useStored<ChecklistAnswers>(checklistAnswersItem, normalizeAnswers, () =>
    updateChecklistAnswers((a) => a),
  );
  return {
    settings,
    sites,
    answers,
    repaired: [...settings.repaired, ...sites.repaired, ...answers.repaired],
    setSettings: (next: Settings) => updateSettings(() => next),
    setPaused: (paused: boolean) => updateSettings((s) => ({ ...s, paused })),
    setSiteOff: (site: string, off: boolean) =>
      updateDisabledSites((list) => {
        const set = new Set(list);
        if (off) set.add(site);
        else set.delete(site);
        return [...set].sort();
      }),
    // Each answer is merged into the latest stored answers under a lock: two pages answering at
    // once never overwrite each other.
    setAnswer: (id: string, answer: Answer | null) =>
      updateChecklistAnswers((a) => withAnswer(a, id, answer, todayIso())),
    resetAnswers: () => updateChecklistAnswers(() => ({})),
  };
}
