/** The five things Reply Coach coaches on; every rule belongs to exactly one. */
export const CATEGORIES = ['tone', 'empathy', 'clarity', 'personalization', 'follow-up'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

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
  suggestion?: Suggestion;
  trigger?: Trigger;
}

export interface AnalysisResult {
  findings: Finding[];
}

/** A span of text: UTF-16 offsets into the string it was found in. */
export interface Span {
  start: number;
  end: number;
}

/** A follow-up topic id from the rule set's topic map, e.g. "refund" or "delivery". */
export type Topic = string;
