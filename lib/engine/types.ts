export { CATEGORIES, MOODS, SEVERITIES, type Category, type Mood, type Severity } from '../rules/vocabulary';
export type { AnalysisResult, DraftStats, Finding, Listening, Span, Suggestion, Trigger } from './result';

/** What the engine reads: the agent's draft and, when the helpdesk shows it, the ticket's context. */
export interface AnalysisInput {
  draft: string;
  customerName?: string;
  customerMessage?: string;
  subject?: string;
  agentName?: string;
}

/** A follow-up topic id from the rule set's topic map, e.g. "refund" or "delivery". */
export type Topic = string;
