// Types for PainLens's patient content. Pure data: no DOM, browser or Preact imports.

/** Id of an entry in data/sources.ts. */
export type SourceId = string;

export type SourceKind = 'guideline' | 'review' | 'trial' | 'regulatory' | 'survey' | 'reference';

export interface Source {
  id: SourceId;
  /** Short label shown in the tooltip, e.g. "ASRA/AAPM/ASA guideline, 2018". */
  short: string;
  /** Authors or agency. */
  authors: string;
  title: string;
  /** Journal, publisher or website. */
  publisher: string;
  year: number;
  doi?: string;
  url?: string;
  kind: SourceKind;
}

/**
 * How a match form compares with page text.
 * - `word`: case-insensitive, except that any all-capitals token of two or more letters inside the
 *   form (the "NMDA" of "NMDA receptor") keeps its case.
 * - `abbr`: only in the declared case ("CRPS" matches, "crps" does not).
 */
export type CaseRule = 'word' | 'abbr';

export interface MatchForm {
  /** Tokens separated by single spaces, hyphens or apostrophes. Spaces and hyphens are interchangeable on the page. */
  text: string;
  case: CaseRule;
  /** Needs medical context: highlighted only where an unambiguous term occurs in the same block. */
  ambiguous?: boolean;
  /** Lower-case words that, right before this form, mean something else ("stage IV", "type IV"). */
  notAfter?: string[];
  /** When the same form belongs to two entries, why. */
  sharedReason?: string;
}

export type GlossaryCategory =
  | 'drug'
  | 'route'
  | 'pain-science'
  | 'body'
  | 'condition'
  | 'treatment'
  | 'side-effect'
  | 'mental-health'
  | 'evidence'
  | 'care';

/** What the tooltip needs. Kept small: the content script bundles every entry. */
export interface GlossaryEntry {
  /** Stable, kebab-case. Never reuse an id for a different meaning. */
  id: string;
  /** Display name, e.g. "Complex regional pain syndrome (CRPS)". */
  name: string;
  category: GlossaryCategory;
  forms: MatchForm[];
  /** Tooltip definition: at most 30 words, Flesch-Kincaid grade 8 or below. */
  short: string;
  sources: SourceId[];
}

/** The longer text, shown in the side panel's glossary. Not bundled into the content script. */
export interface GlossaryDetail {
  id: string;
  /** 2 to 5 sentences. */
  explanation: string;
  /** What the term means for someone considering ketamine therapy, where it matters. */
  ketamineNote?: string;
  related: string[];
  sources: SourceId[];
}

/** A paragraph of guide or card text, with the sources that back it. */
export interface SourcedText {
  text: string;
  sources: SourceId[];
}

export interface GuideSection {
  id: string;
  title: string;
  /** One or two sentences for the popup's "Learn" card. */
  summary: string;
  paragraphs: SourcedText[];
  /** Optional list of short points (each sourced). */
  points?: SourcedText[];
}

export type EvidenceStrength = 'moderate' | 'weak' | 'none' | 'not-approved';

export interface EvidenceCard {
  id: string;
  /** Glossary ids whose presence on a page (with ketamine) brings this card up. */
  conditionTermIds: string[];
  title: string;
  strength: EvidenceStrength;
  /** The strength in words a patient understands. */
  strengthLabel: string;
  summary: SourcedText;
  keyNumbers: SourcedText[];
  /** What to take from it, in one or two sentences. */
  bottomLine: SourcedText;
}

export type Answer = 'yes' | 'no' | 'unsure';

export type ChecklistGroup = 'fit' | 'safety' | 'practical';

export interface ChecklistQuestion {
  id: string;
  group: ChecklistGroup;
  question: string;
  /** Plain help text shown under the question. */
  help: string;
  /** Which seed factor or guideline item it comes from. */
  basis: string;
  sources: SourceId[];
}

/** One point the seed document makes, and the guide section that covers it. */
export interface SeedPoint {
  id: string;
  /** Our own short paraphrase of the point. */
  point: string;
  /** How the seed's claim holds up (facts file, section 6). */
  verdict: 'accurate' | 'incomplete' | 'overstated' | 'misleading' | 'needs-context';
  sectionId: string;
  /** Words that must appear in that section, proving it really addresses the point. */
  mustMention: string[];
}

/** Where a text goes, and the question it adds to the list. */
export interface ChecklistOutcome {
  list: 'mayFit' | 'reviewFirst' | 'notes';
  text: string;
  ask?: string;
}

/** What each answer to one question adds to the summary. 'unsure' always adds a question to ask. */
export interface ChecklistGuidance {
  yes?: ChecklistOutcome;
  no?: ChecklistOutcome;
  unsure: { ask: string; note?: ChecklistOutcome };
}
