import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { GlossaryEntryView } from '@/components/GlossaryEntryView';
import { createCite } from '@/lib/cite';
import { findGlossaryEntry, glossary } from '@/data/glossary';
import { findGlossaryDetail } from '@/data/glossary/details';
import { sources } from '@/data/sources';
import { routeToHash } from '@/lib/panel-route';
import type { GlossaryEntry } from '@/data/types';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const cite = createCite(sources);
const hrefFor = (id: string) => routeToHash({ view: 'glossary', id });

/** The props the side panel passes for an entry id. */
function propsFor(id: string) {
  const entry = findGlossaryEntry(id)!;
  const detail = findGlossaryDetail(id);
  const related = (detail?.related ?? []).flatMap((r) => {
    const e = findGlossaryEntry(r);
    return e ? [{ id: e.id, name: e.name }] : [];
  });
  return { entry, detail, related, hrefFor, cite };
}
/** The <dd> text after the <dt> with this title. */
const ddAfter = (title: string) => screen.getByText(title, { selector: 'dt' }).nextElementSibling!;

describe('GlossaryEntryView', () => {
  it.each(glossary.map((e) => [e.id]))('%s: an article named by the entry, with its texts', (id) => {
    const p = propsFor(id);
    render(<GlossaryEntryView {...p} />);
    const article = screen.getByRole('article', { name: p.entry.name });
    within(article).getByRole('heading', { level: 2, name: p.entry.name });
    expect(within(article).getByText(p.entry.short).tagName).toBe('STRONG');
    if (p.detail) expect(article.textContent).toContain(p.detail.explanation);
    if (p.detail?.ketamineNote)
      expect(ddAfter('What it means for ketamine therapy').textContent).toBe(p.detail.ketamineNote);
  });

  it('links related terms to their glossary routes', () => {
    const id = glossary.find((e) => (findGlossaryDetail(e.id)?.related.length ?? 0) >= 2)!.id;
    const p = propsFor(id);
    render(<GlossaryEntryView {...p} />);
    const links = within(ddAfter('Related terms') as HTMLElement).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual(
      p.related.map((r) => [r.name, `#glossary/${r.id}`]),
    );
  });

  it('cites the definition and the explanation', () => {
    const p = propsFor('ketamine');
    render(<GlossaryEntryView {...p} />);
    const expected = [...cite(p.entry.sources), ...cite(p.detail!.sources)];
    expect(expected.length).toBeGreaterThan(0);
    const sourceHrefs = screen
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'))
      .filter((h) => h?.startsWith('#sources/'));
    expect(sourceHrefs).toEqual(expected.map((c) => `#sources/${c.id}`));
  });

  it('lists other forms once each, without the name itself, at most 12', () => {
    const entry: GlossaryEntry = {
      ...findGlossaryEntry('ketamine')!,
      name: 'Ketamine',
      forms: [
        { text: 'ketamine', case: 'word' },
        { text: 'Ketalar', case: 'word' },
        { text: 'Ketalar', case: 'abbr' },
        ...Array.from({ length: 14 }, (_, i) => ({ text: `k${i}`, case: 'word' as const })),
      ],
    };
    render(<GlossaryEntryView entry={entry} detail={undefined} related={[]} hrefFor={hrefFor} cite={cite} />);
    const shown = ddAfter('Also written as').textContent!.split(', ');
    expect(shown).toHaveLength(12);
    expect(shown.slice(0, 2)).toEqual(['Ketalar', 'k0']);
    expect(shown).not.toContain('ketamine');
  });

  it('caps the real entry with the most forms at 12', () => {
    const most = [...glossary].sort((a, b) => b.forms.length - a.forms.length)[0]!;
    expect(most.forms.length).toBeGreaterThan(12);
    render(<GlossaryEntryView {...propsFor(most.id)} />);
    expect(ddAfter('Also written as').textContent!.split(', ')).toHaveLength(12);
  });

  it('without a detail: only the definition, no explanation, note or related terms', () => {
    const entry: GlossaryEntry = { ...findGlossaryEntry('ketamine')!, forms: [{ text: 'Ketamine', case: 'word' }] };
    render(<GlossaryEntryView entry={entry} detail={undefined} related={[]} hrefFor={hrefFor} cite={cite} />);
    const article = screen.getByRole('article', { name: entry.name });
    expect(article.querySelectorAll('p')).toHaveLength(1);
    expect(article.querySelectorAll('dt')).toHaveLength(0);
  });

  it('lets the panel move focus to the heading when the entry opens', () => {
    render(<GlossaryEntryView {...propsFor('ketamine')} />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.id).toBe('entry-ketamine');
    expect(heading.tabIndex).toBe(-1);
    heading.focus();
    expect(document.activeElement).toBe(heading);
  });

  it('renders texts containing markup as text', () => {
    const p = propsFor('ketamine');
    const { container } = render(
      <GlossaryEntryView
        entry={{ ...p.entry, name: MARKUP, short: MARKUP, forms: [{ text: MARKUP, case: 'word' }] }}
        detail={{ ...p.detail!, explanation: MARKUP, ketamineNote: MARKUP }}
        related={[{ id: 'x', name: MARKUP }]}
        hrefFor={hrefFor}
        cite={cite}
      />,
    );
    screen.getByRole('article', { name: MARKUP });
    screen.getByRole('link', { name: MARKUP });
    expectNoInjectedElements(container);
  });
});
