// "Settings": highlighting, the hover delay, sites turned off, and the keyboard shortcuts.
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { SettingsForm } from '@/components/SettingsForm';
import type { AppState } from '@/hooks/use-app-state';
import { openShortcutSettings, readTermShortcuts, type TermShortcut } from '@/utils/shortcuts';

export interface SettingsViewProps {
  state: AppState;
}

export function SettingsView({ state }: SettingsViewProps): JSX.Element {
  const [shortcuts, setShortcuts] = useState<TermShortcut[]>([]);
  useEffect(() => {
    let alive = true;
    void readTermShortcuts().then((list) => alive && setShortcuts(list));
    return () => {
      alive = false;
    };
  }, []);
  return (
    <>
      <h2>Settings</h2>
      <SettingsForm
        settings={state.settings.value}
        onChange={(next) => void state.setSettings(next)}
        sites={state.sites.value}
        onRemoveSite={(s) => void state.setSiteOff(s, false)}
        shortcuts={shortcuts}
        onEditShortcuts={openShortcutSettings}
      />
      <p>
        <a href="/privacy.html" target="_blank">
          Privacy policy
        </a>
      </p>
    </>
  );
}
