import type { Category, Mood, Severity } from '../rules/vocabulary';

export { CATEGORIES, MOODS, SEVERITIES, type Category, type Mood, type Severity } from '../rules/vocabulary';

/** What the engine reads: the agent's draft and, when the helpdesk shows it, the ticket's context. */
export interface AnalysisInput {
  draft: string;
  customerName?: string;
  customerMessage?: string;
  subject?: string;
  agentName?: string;
}

/** A one-click fix: replace the finding's `start`..`end` range of the draft with `replacement`. */
export interface Suggestion {
  replacement: string;
}

/**
 * Words outside the draft that caused a finding. `source: "customer"` means offsets into
 * `customerMessage` (e.g. the question the draft leaves unanswered, the word that made a topic apply).
 */
export interface Trigger {
  source: 'customer';
  start: number;
  end: number;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** One line for the agent: what is wrong here. */
  message: string;
  /** Why it matters, paraphrasing the guidance. */
  explanation: string;
  /** The guidance chapter the rule comes from, e.g. "002 Fostering Trust and Respect". */
  guidance?: string;
  /** UTF-16 offsets into the original draft of the words that triggered the finding. */
  start: number;
  end: number;
  topic?: Topic;
  /** With `topic`: which anticipated need of that topic the reply does not cover yet, e.g. "timeline". */
  need?: string;
  suggestion?: Suggestion;
  trigger?: Trigger;
}

export interface AnalysisResult {
  findings: Finding[];
  /** Present when there is a customer message or a topic: what the panel's "listening" sections show. */
  listening?: Listening;
  /** Measures of the reply itself (not of quoted text or the signature); absent for an empty draft. */
  stats?: DraftStats;
}

export interface DraftStats {
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade of the whole reply; absent when it has no words to grade. */
  readingGrade?: number;
}

/** A span of text: UTF-16 offsets into the string it was found in. */
export interface Span {
  start: number;
  end: number;
}

/** A follow-up topic id from the rule set's topic map, e.g. "refund" or "delivery". */
export type Topic = string;

/** How the reply stands against what the customer wrote: shown by the panel beside the findings. */
export interface Listening {
  mood?: { primary: Mood; states: Mood[]; cues: (Span & { kind: string })[] };
  /** The customer's questions and requests, each answered by the reply or not yet. */
  questions: (Span & { text: string; kind: 'question' | 'request'; answered: boolean })[];
  /** Topics the conversation is about, with the needs the customer will probably have next. */
  topics: {
    topic: Topic;
    ruleId: string;
    label: string;
    trigger?: Trigger;
    needs: { id: string; label: string; covered: boolean }[];
  }[];
}
