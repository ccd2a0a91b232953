import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { GuideSectionView } from '@/components/GuideSectionView';
import { createCite } from '@/lib/cite';
import { guideSections } from '@/data/guide';
import { sources } from '@/data/sources';
import type { GuideSection } from '@/data/types';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const cite = createCite(sources);
const withPoints = guideSections.find((s) => (s.points?.length ?? 0) > 0)!;

describe('GuideSectionView', () => {
  it.each(guideSections.map((s) => [s.id, s] as const))('%s: a region with every paragraph and point', (_id, s) => {
    render(<GuideSectionView section={s} cite={cite} />);
    const region = screen.getByRole('region', { name: s.title });
    within(region).getByRole('heading', { level: 2, name: s.title });
    const paragraphs = [...region.querySelectorAll(':scope > p')];
    expect(paragraphs).toHaveLength(s.paragraphs.length);
    paragraphs.forEach((p, i) => expect(p.textContent).toContain(s.paragraphs[i]!.text));
    const points = within(region).queryAllByRole('listitem');
    expect(points.map((li) => li.textContent?.split(' [')[0])).toEqual((s.points ?? []).map((p) => p.text));
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
      summary: MARKUP,
      paragraphs: [{ text: MARKUP, sources: [] }],
      points: [{ text: MARKUP, sources: [] }],
    };
    const { container } = render(<GuideSectionView section={s} cite={cite} />);
    screen.getByRole('region', { name: MARKUP });
    expectNoInjectedElements(container);
  });
});
