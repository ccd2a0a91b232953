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

/** The small pictures beside the steps of a drip session (components/SessionSteps.tsx draws them). */
export type StepIcon = 'clipboard' | 'pill-list' | 'drip' | 'monitor' | 'rest' | 'ride' | 'bed' | 'calendar';

/** One step of a process, shown as a numbered step with a picture. */
export interface GuideStep extends SourcedText {
  title: string;
  icon: StepIcon;
}

export interface GuideSection {
  id: string;
  title: string;
  /** The one-sentence main message, shown first (the popup's card shows it too). */
  mainMessage: string;
  paragraphs: SourcedText[];
  /** Optional list of short points (each sourced). */
  points?: SourcedText[];
  /** Optional numbered steps with pictures (the drip session, how to prepare). */
  steps?: GuideStep[];
  /** Optional key number, drawn as an icon array (the key points). */
  keyFrequency?: KeyFrequency;
}

export type EvidenceStrength = 'moderate' | 'weak' | 'none' | 'not-approved';

/** One group of people in an icon array: how many of the card's denominator it counts. */
export interface FrequencyGroup {
  /** Who they are, e.g. "On a ketamine drip". */
  label: string;
  /** Whole number, 0 to the denominator. */
  count: number;
}

/**
 * The one number a card shows as a picture: whole-number frequencies out of one denominator (100),
 * one or two groups. `text` says it all in words, and is the picture's text equivalent.
 */
export interface KeyFrequency extends SourcedText {
  /** What the icons count, e.g. "had mind-altering side effects". */
  counts: string;
  denominator: 100;
  groups: FrequencyGroup[];
}

export interface EvidenceCard {
  id: string;
  /** Glossary ids whose presence on a page (with ketamine) brings this card up. */
  conditionTermIds: string[];
  title: string;
  strength: EvidenceStrength;
  /** The strength in words a patient understands. */
  strengthLabel: string;
  /** The one-sentence main message, shown first. */
  mainMessage: string;
  keyFrequency: KeyFrequency;
  /** What we know: the findings, in plain words. */
  known: SourcedText[];
  /** What we don't know yet. */
  unknown: SourcedText[];
  /** What to do with it: a question to ask, in one or two sentences. */
  bottomLine: SourcedText;
}

// --- options compared ------------------------------------------------------------------------

/** How strong the research is for one option, on one scale for every option. */
export type OptionEvidence = 'strong' | 'moderate' | 'weak' | 'very-weak' | 'none-against' | 'not-tested';

/** One option, described on the same attributes as every other (an option grid row). */
export interface TreatmentOption {
  id: string;
  name: string;
  /** Marks ketamine and "staying with current care", which every comparison holds. */
  kind: 'ketamine' | 'current-care' | 'other';
  involves: SourcedText;
  evidence: OptionEvidence;
  /** The evidence in words, and whose judgement it is. */
  evidenceText: SourcedText;
  /** Likely benefit: a whole-number frequency out of 100 where one is known, else "Not known". */
  benefit: SourcedText;
  commonHarms: SourcedText;
  seriousHarms: SourcedText;
  /** The time and cost it asks of you. */
  timeAndCost: SourcedText;
}

export interface OptionComparison {
  id: string;
  /** The evidence card this comparison belongs to. */
  cardId: string;
  title: string;
  /** The one-sentence main message, shown first. */
  mainMessage: string;
  options: TreatmentOption[];
}

// --- checklist ------------------------------------------------------------------------------

export type Answer = 'yes' | 'no' | 'unsure';

export type ChecklistGroup = 'pain' | 'medicines' | 'safety' | 'practical';

/** Crisis help shown with a question's answer, wherever the question can be answered. */
export interface CrisisHelp {
  /** A short heading, e.g. "Please get help now". */
  title: string;
  /** What to do, with 988 and the local emergency number. */
  text: string;
}

export interface ChecklistQuestion {
  id: string;
  group: ChecklistGroup;
  question: string;
  /** Plain help text shown under the question. */
  help: string;
  /** Which seed factor or guideline item it comes from. */
  basis: string;
  sources: SourceId[];
  /** Shown as soon as the answer is 'yes' or 'unsure', in every layout (the self-harm question). */
  crisis?: { yes: CrisisHelp; unsure: CrisisHelp };
}

/** A question of an earlier version of the checklist, kept so its stored answers can still be shown. */
export interface RetiredQuestion {
  id: string;
  /** The question as the reader saw it. */
  question: string;
  /** Why it changed, for developers. */
  why: 'split' | 'reworded' | 'removed';
  /** Crisis help still applies to an earlier 'yes' or 'unsure' (the old self-harm question). */
  crisis?: boolean;
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

/**
 * Where an answer's text goes on the handout:
 * - `checkFirst`: what needs a doctor's check before any ketamine (safety answers).
 * - `raise`: points to raise with your doctor.
 */
export interface ChecklistOutcome {
  list: 'checkFirst' | 'raise';
  text: string;
  /** A question for the doctor that this answer adds. */
  ask?: string;
}

/** What each answer to one question adds to the handout. 'unsure' always adds a question to ask. */
export interface ChecklistGuidance {
  yes?: ChecklistOutcome;
  no?: ChecklistOutcome;
  unsure: { ask: string; note?: ChecklistOutcome };
  /** What the topic is, in a few words, for "what you did not answer" (e.g. "blood pressure"). */
  topic: string;
}

// --- what matters to you ----------------------------------------------------------------------

export type ValueWeight = 'a-lot' | 'some' | 'not-much';

export interface ValueItem {
  id: string;
  /** What might matter, e.g. "Getting relief quickly, even if it does not last". */
  label: string;
  /** Why it matters for this choice (shown as help). */
  help: string;
}

export interface SureItem {
  id: 'sure' | 'understand' | 'risk-benefit' | 'encouragement';
  /** The SURE test's question, word for word (it is a validated instrument). */
  question: string;
}
