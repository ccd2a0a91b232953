import { describe, expect, it } from 'vitest';
import {
  MAX_ROUTE_TEXT,
  normalizeRoute,
  parseRoute,
  routeFromHash,
  routeToHash,
  type PanelRoute,
  type PanelView,
} from '@/lib/panel-route';

const VIEWS: PanelView[] = ['page', 'guide', 'evidence', 'checklist', 'glossary', 'sources', 'settings', 'explain'];

describe('parseRoute', () => {
  it('carries text only to the Explain view, cut to MAX_ROUTE_TEXT', () => {
    const long = 'x'.repeat(MAX_ROUTE_TEXT + 5);
    expect(parseRoute({ view: 'explain', text: long, at: 1 })?.text).toHaveLength(MAX_ROUTE_TEXT);
    expect(parseRoute({ view: 'glossary', text: 'a visit summary', at: 1 })?.text).toBeUndefined();
    expect(normalizeRoute({ view: 'explain', text: 7, at: 1 }).repaired).toEqual(['panelRoute.text']);
  });

  it.each(VIEWS)('accepts the view %s', (view) => {
    expect(parseRoute({ view, at: 5 })).toEqual({ view, id: undefined, query: undefined, at: 5 });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'glossary'],
    ['a number', 1],
    ['an unknown view', { view: 'admin', at: 1 }],
    ['a view in capitals', { view: 'GLOSSARY', at: 1 }],
    ['no view', { id: 'ketamine', at: 1 }],
  ])('rejects %s', (_, raw) => {
    expect(parseRoute(raw)).toBeNull();
  });

  it('keeps id and query, and cuts an overlong query to 200 characters', () => {
    expect(parseRoute({ view: 'glossary', id: 'ketamine', query: 'x'.repeat(500), at: 9 })).toEqual({
      view: 'glossary',
      id: 'ketamine',
      query: 'x'.repeat(200),
      at: 9,
    });
  });

  it('drops fields of the wrong type and keeps the rest', () => {
    expect(parseRoute({ view: 'glossary', id: 42, query: ['a'], at: 'now' })).toEqual({
      view: 'glossary',
      id: undefined,
      query: undefined,
      at: 0,
    });
  });
});

describe('normalizeRoute', () => {
  it.each([undefined, null])('a missing route (%s) is no route, nothing to repair', (raw) => {
    expect(normalizeRoute(raw)).toEqual({ value: null, repaired: [] });
  });

  it.each([
    ['a string', 'glossary/ketamine'],
    ['an array', ['glossary']],
    ['an unknown view', { view: 'admin', id: 'x', at: 1 }],
  ])('replaces %s with no route and says so', (_, raw) => {
    expect(normalizeRoute(raw)).toEqual({ value: null, repaired: ['panelRoute'] });
  });

  it.each<[string, Record<string, unknown>, PanelRoute, string[]]>([
    [
      'a valid route',
      { view: 'glossary', id: 'ketamine', at: 7 },
      { view: 'glossary', id: 'ketamine', query: undefined, at: 7 },
      [],
    ],
    [
      'an id of the wrong type',
      { view: 'glossary', id: 3, query: 'keta', at: 7 },
      { view: 'glossary', id: undefined, query: 'keta', at: 7 },
      ['panelRoute.id'],
    ],
    [
      'a query of the wrong type',
      { view: 'glossary', query: {}, at: 7 },
      { view: 'glossary', id: undefined, query: undefined, at: 7 },
      ['panelRoute.query'],
    ],
    [
      'a time of the wrong type',
      { view: 'guide', id: 'how-it-works', at: '2026' },
      { view: 'guide', id: 'how-it-works', query: undefined, at: 0 },
      ['panelRoute.at'],
    ],
    [
      'foreign fields (dropped silently)',
      { view: 'page', at: 1, tab: 4 },
      { view: 'page', id: undefined, query: undefined, at: 1 },
      [],
    ],
  ])('%s', (_, raw, value, repaired) => {
    expect(normalizeRoute(raw)).toEqual({ value, repaired });
  });
});

describe('routeFromHash and routeToHash', () => {
  it.each<[string, PanelRoute | null]>([
    ['#glossary/ketamine', { view: 'glossary', id: 'ketamine', query: undefined, at: 0 }],
    ['glossary/ketamine', { view: 'glossary', id: 'ketamine', query: undefined, at: 0 }],
    ['#guide', { view: 'guide', id: undefined, query: undefined, at: 0 }],
    ['#guide/', { view: 'guide', id: undefined, query: undefined, at: 0 }],
    ['#glossary/a%20b', { view: 'glossary', id: 'a b', query: undefined, at: 0 }],
    ['#', null],
    ['', null],
    ['#admin/x', null],
  ])('routeFromHash(%j)', (hash, route) => {
    expect(routeFromHash(hash)).toEqual(route);
  });

  it.each(['#glossary/%', '#glossary/%E2%80', '#evidence/%zz'])('does not throw on a malformed escape: %j', (hash) => {
    // A hand-edited or truncated link must still open the panel (on the view, without the id).
    expect(routeFromHash(hash)).toEqual({ view: hash.slice(1).split('/')[0], id: undefined, query: undefined, at: 0 });
  });

  it.each<[Pick<PanelRoute, 'view' | 'id'>, string]>([
    [{ view: 'glossary', id: 'ketamine' }, '#glossary/ketamine'],
    [{ view: 'settings' }, '#settings'],
    [{ view: 'glossary', id: 'a/b c' }, '#glossary/a%2Fb%20c'],
  ])('routeToHash(%j) is %j', (route, hash) => {
    expect(routeToHash(route)).toBe(hash);
  });

  it.each(
    VIEWS.flatMap((view) => ['', 'ketamine', 'a/b', 'x y', 'Sjögren’s', '100%'].map((id) => [view, id] as const)),
  )('round trip %s / %j', (view, id) => {
    const route = routeFromHash(routeToHash({ view, id: id || undefined }));
    expect(route).toEqual({ view, id: id || undefined, query: undefined, at: 0 });
  });
});
