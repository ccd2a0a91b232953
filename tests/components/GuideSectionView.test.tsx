import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { GuideSectionView } from '@/components/GuideSectionView';
import { createCite } from '@/lib/cite';
import { guideSections } from '@/data/guide';
import { sources } from '@/data/sources';
import type { GuideSection } from '@/data/types';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const cite = createCite(sources);
const withPoints = guideSections.find((s) => (s.points?.length ?? 0) > 0 && !s.steps && !s.keyFrequency)!;
const withSteps = guideSections.find((s) => s.id === 'a-drip-session')!;

describe('GuideSectionView', () => {
  it.each(guideSections.map((s) => [s.id, s] as const))('%s: a region with every paragraph and point', (_id, s) => {
    render(<GuideSectionView section={s} cite={cite} />);
    const region = screen.getByRole('region', { name: s.title });
    within(region).getByRole('heading', { level: 2, name: s.title });
    // The main message comes first, shown and emphasised (review m15; CCI items 2 and 3).
    const [message, ...paragraphs] = [...region.querySelectorAll(':scope > p')];
    expect(message?.className).toBe('main-message');
    expect(message?.querySelector('strong')?.textContent).toBe(s.mainMessage);
    expect(paragraphs).toHaveLength(s.paragraphs.length);
    paragraphs.forEach((p, i) => expect(p.textContent).toContain(s.paragraphs[i]!.text));
    const points = [...region.querySelectorAll(':scope > ul > li')];
    expect(points.map((li) => li.textContent?.split(' [')[0])).toEqual((s.points ?? []).map((p) => p.text));
    const steps = [...region.querySelectorAll('ol.session-steps > li')];
    expect(steps).toHaveLength(s.steps?.length ?? 0);
    // A key number is drawn as an icon array with its text equivalent (CCI items 4 and 20).
    if (s.keyFrequency) within(region).getByRole('figure', { name: s.keyFrequency.text });
    else expect(within(region).queryByRole('figure')).toBeNull();
  });

  it('shows the drip session as numbered steps, in order, with decorative pictures', () => {
    render(<GuideSectionView section={withSteps} cite={cite} />);
    const list = screen.getByRole('list', { name: `Steps: ${withSteps.title}` });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(
      withSteps.steps!.map((st, i) => `Step ${i + 1}: ${st.title}`),
    );
    for (const svg of list.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  it('cites each paragraph and point after its text', () => {
    render(<GuideSectionView section={withPoints} cite={cite} />);
    const expected = [...withPoints.paragraphs, ...withPoints.points!].flatMap((t) => cite(t.sources));
    expect(expected.length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(
      expected.map((c) => `#sources/${c.id}`),
    );
  });

  it('has no list when the points are missing or empty', () => {
    const s: GuideSection = { ...withPoints, points: [] };
    render(<GuideSectionView section={s} cite={cite} />);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('lets the panel focus the heading when a contents link opens the section', () => {
    render(<GuideSectionView section={guideSections[0]!} cite={cite} />);
    const h = screen.getByRole('heading', { level: 2 });
    expect(h.id).toBe(`guide-${guideSections[0]!.id}`);
    h.focus();
    expect(document.activeElement).toBe(h);
  });

  it('renders texts containing markup as text', () => {
    const s: GuideSection = {
      id: 'x',
      title: MARKUP,
      mainMessage: MARKUP,
      paragraphs: [{ text: MARKUP, sources: [] }],
      points: [{ text: MARKUP, sources: [] }],
    };
    const { container } = render(<GuideSectionView section={s} cite={cite} />);
    screen.getByRole('region', { name: MARKUP });
    expectNoInjectedElements(container);
  });
});
