import type { JSX } from 'preact';
import type { HighlightStyle, MentionMode, Settings } from '@/lib/settings';
import { HOVER_DELAY_MAX, HOVER_DELAY_MIN, TEXT_SIZES, type TextSize } from '@/lib/settings';
import { Switch } from './Switch';

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

export interface SettingsFormProps {
  settings: Settings;
  onChange: (next: Settings) => void;
  sites: readonly string[];
  onRemoveSite: (site: string) => void;
  shortcuts: readonly Shortcut[];
  /** Opens the browser's shortcut settings, where the keys can be changed. */
  onEditShortcuts?: () => void;
}

const STYLES: { value: HighlightStyle; label: string; hint: string }[] = [
  { value: 'underline', label: 'Dotted underline', hint: 'quiet, like an abbreviation' },
  { value: 'background', label: 'Shaded background', hint: 'easier to spot' },
  { value: 'off', label: 'No marks', hint: 'terms still explain themselves on hover and with the shortcut' },
];

const MENTIONS: { value: MentionMode; label: string }[] = [
  { value: 'all', label: 'Every mention' },
  { value: 'first', label: 'Only the first mention of each term' },
];

const DELAYS = [150, 300, 500, 800, 1200].filter((d) => d >= HOVER_DELAY_MIN && d <= HOVER_DELAY_MAX);

export function SettingsForm(props: SettingsFormProps): JSX.Element {
  const { settings, onChange } = props;
  return (
    <div class="stack">
      <fieldset class="question">
        <legend>How terms are marked</legend>
        <div class="stack">
          {STYLES.map((s) => (
            <label key={s.value} class="row">
              <input
                type="radio"
                name="highlight-style"
                checked={settings.highlightStyle === s.value}
                onChange={() => onChange({ ...settings, highlightStyle: s.value })}
              />
              <span>
                {s.label} <span class="muted small">({s.hint})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="question">
        <legend>Which mentions</legend>
        <div class="stack">
          {MENTIONS.map((m) => (
            <label key={m.value} class="row">
              <input
                type="radio"
                name="mentions"
                checked={settings.mentions === m.value}
                onChange={() => onChange({ ...settings, mentions: m.value })}
              />
              {m.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="question card">
        <label for="hover-delay">Wait before showing a definition</label>
        <select
          id="hover-delay"
          value={String(settings.hoverDelayMs)}
          onChange={(e) =>
            onChange({ ...settings, hoverDelayMs: Number((e.currentTarget as HTMLSelectElement).value) })
          }
        >
          {[...new Set([...DELAYS, settings.hoverDelayMs])]
            .sort((a, b) => a - b)
            .map((d) => (
              <option key={d} value={String(d)}>
                {d < 1000 ? `${d} milliseconds` : `${(d / 1000).toFixed(1)} seconds`}
                {d === 300 ? ' (default)' : ''}
              </option>
            ))}
        </select>
      </div>
      <section class="card stack" aria-labelledby="reading-title">
        <h3 id="reading-title" style={{ marginTop: 0 }}>
          Reading
        </h3>
        <p class="small muted">For definitions on pages and for every PainLens page.</p>
        <div>
          <label for="text-size">Text size</label>{' '}
          <select
            id="text-size"
            value={String(settings.textSize)}
            onChange={(e) =>
              onChange({ ...settings, textSize: Number((e.currentTarget as HTMLSelectElement).value) as TextSize })
            }
          >
            {TEXT_SIZES.map((size) => (
              <option key={size} value={String(size)}>
                {size}%{size === 100 ? ' (default)' : ''}
              </option>
            ))}
          </select>
        </div>
        <Switch
          id="high-contrast"
          label="High contrast"
          description="Black and white, with solid borders and underlined links."
          checked={settings.highContrast}
          onChange={(highContrast) => onChange({ ...settings, highContrast })}
        />
      </section>
      <section class="card" aria-labelledby="sites-title">
        <h3 id="sites-title" style={{ marginTop: 0 }}>
          Sites where PainLens is off
        </h3>
        {props.sites.length === 0 ? (
          <p class="muted">None. Use “Turn off on this site” in the popup or in a definition to add one.</p>
        ) : (
          <ul class="plain">
            {props.sites.map((s) => (
              <li key={s} class="row" style={{ justifyContent: 'space-between' }}>
                <span>{s}</span>
                <button
                  type="button"
                  class="btn"
                  onClick={() => props.onRemoveSite(s)}
                  aria-label={`Remove ${s}: turn PainLens back on there`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="keys-title">
        <h3 id="keys-title" style={{ marginTop: 0 }}>
          Keyboard shortcuts
        </h3>
        <ul>
          {props.shortcuts.map((s) => (
            <li key={s.name}>
              {s.description}: <kbd>{s.shortcut || 'not set'}</kbd>
            </li>
          ))}
          <li>
            In a definition: <kbd>Tab</kbd> reaches its buttons, <kbd>Esc</kbd> closes it.
          </li>
        </ul>
        {props.onEditShortcuts && (
          <button type="button" class="btn" onClick={props.onEditShortcuts}>
            Change shortcuts
          </button>
        )}
      </section>
    </div>
  );
}
