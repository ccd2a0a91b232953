// The small form table both matcher tests use (term-matcher.test.ts and regex-matcher.test.ts): one
// form for every rule the matchers share (case, variants, longest match, ambiguous, notAfter, accents).
import type { MatcherForm } from '@/lib/term-matcher';

export const RULE_FORMS: MatcherForm[] = [
  { termId: 'crps', text: 'CRPS', case: 'abbr' },
  { termId: 'crps', text: 'complex regional pain syndrome', case: 'word' },
  { termId: 'crps', text: "Sudeck's atrophy", case: 'word' },
  { termId: 'nmda-receptor', text: 'NMDA', case: 'abbr' },
  { termId: 'nmda-receptor', text: 'NMDA receptor', case: 'word' },
  { termId: 'nmda-antagonist', text: 'NMDA receptor antagonist', case: 'word' },
  { termId: 'iv', text: 'IV', case: 'abbr', ambiguous: true, notAfter: ['stage', 'type'] },
  { termId: 'ketamine', text: 'ketamine', case: 'word' },
  { termId: 'anesthetic', text: 'anesthetic', case: 'word' },
  { termId: 'anesthetic', text: 'anaesthetic', case: 'word' },
  { termId: 'sensitization', text: 'central sensitization', case: 'word' },
  { termId: 'sensitization', text: 'central sensitisation', case: 'word' },
  { termId: 'half-life', text: 'half-life', case: 'word', ambiguous: true },
  { termId: 'oral', text: 'oral', case: 'word', ambiguous: true },
  { termId: 'fibromyalgia', text: 'fibromyalgia', case: 'word' },
  { termId: 'sjogren', text: 'Sjögren syndrome', case: 'word' },
];
