import type { AnalysisContext } from './analysis-context';
import type { Listening, Span, Suggestion, Topic, Trigger } from './types';

/**
 * Where a rule fires, before the engine turns it into a Finding with the rule's id, title, category
 * and message. A hit about something missing is a place (`start === end`): where the missing words
 * belong, with `trigger` at the customer's words that call for them.
 */
export interface Hit extends Span {
  /** Values for the message template: {match}, {count}, {value}… */
  vars?: Record<string, string | number>;
  suggestion?: Suggestion;
  topic?: Topic;
  need?: string;
  trigger?: Trigger;
}

export type RuleRunner = (context: AnalysisContext) => Hit[];

/** What a rule adds to the panel's listening summary (the customer's questions, a topic's checklist). */
export type ListeningPart = Partial<Pick<Listening, 'questions' | 'topics'>>;

/** A rule kind's compiled form: its findings, and what it adds to the listening summary if anything. */
export interface RuleBehaviour {
  run: RuleRunner;
  listening?: (context: AnalysisContext) => ListeningPart;
}
