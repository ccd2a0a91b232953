// Text size and contrast reach the page's root from the stored settings, and follow changes.
import { afterEach, describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/preact';
import { applyReadingPrefs, useReadingPrefs } from '@/hooks/use-reading-prefs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '@/utils/storage';

function Page() {
  useReadingPrefs();
  return <p>text</p>;
}

const root = () => document.documentElement;

afterEach(() => {
  root().style.removeProperty('--text-scale');
  delete root().dataset.contrast;
});

describe('reading preferences', () => {
  it('sets the text scale and the contrast mode, and clears high contrast again', () => {
    applyReadingPrefs(root(), { textSize: 175, highContrast: true });
    expect(root().style.getPropertyValue('--text-scale')).toBe('1.75');
    expect(root().dataset.contrast).toBe('more');
    applyReadingPrefs(root(), { textSize: 100, highContrast: false });
    expect(root().style.getPropertyValue('--text-scale')).toBe('1');
    expect(root().dataset.contrast).toBeUndefined();
  });

  it('turns high contrast on when the system asks for more contrast', () => {
    applyReadingPrefs(root(), { textSize: 100, highContrast: false }, true);
    expect(root().dataset.contrast).toBe('more');
  });

  it('applies what is valid of corrupt settings and leaves the repair (and its notice) to the page', async () => {
    await fakeBrowser.storage.local.set({ settings: { textSize: 150, paused: 'yes please' } });
    render(<Page />);
    await waitFor(() => expect(root().style.getPropertyValue('--text-scale')).toBe('1.5'));
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ textSize: 150, paused: 'yes please' });
  });

  it('follows the stored settings while the page is open', async () => {
    render(<Page />);
    await waitFor(() => expect(root().style.getPropertyValue('--text-scale')).toBe('1'));
    await updateSettings((s) => ({ ...s, textSize: 200, highContrast: true }));
    await waitFor(() => expect(root().style.getPropertyValue('--text-scale')).toBe('2'));
    expect(root().dataset.contrast).toBe('more');
  });
});
