import type { CustomerReading } from './customer/reading';
import type { TextModel } from './text/text-model';
import type { AnalysisInput, Span, Suggestion, Topic, Trigger } from './types';

/** What one rule sees on one call: the input and the draft's text model, built once per call. */
export interface RuleContext {
  input: AnalysisInput;
  text: TextModel;
  /** The customer's first name when it is known and looks like a name ("Sam" from "Sam O'Neil"). */
  customerFirstName?: string;
  /** What the customer's message says, when there is one. */
  customer?: CustomerReading;
}

/** Where a rule fires, before the engine turns it into a Finding with the rule's id, category and message. */
export interface Hit extends Span {
  /** Values for the message template: {match}, {count}, {value}… */
  vars?: Record<string, string | number>;
  suggestion?: Suggestion;
  topic?: Topic;
  need?: string;
  trigger?: Trigger;
}

export type RuleRunner = (context: RuleContext) => Hit[];

/**
 * Where a finding about the whole reply points: the greeting when there is one ("Hi there,"),
 * otherwise the first sentence.
 */
export function wholeReplyAnchor(text: TextModel): Span {
  if (text.greeting) return text.greeting;
  const first = text.sentences[0];
  return first ? { start: first.start, end: first.end } : { start: 0, end: 0 };
}

/** The sentences of the reply itself, without a greeting line such as "Hi Sam,". */
export function bodySentences(text: TextModel) {
  const greeting = text.greeting;
  return text.sentences.filter((sentence) => !greeting || sentence.start >= greeting.end || /\p{L}/u.test(text.prose.slice(greeting.end, sentence.end)));
}

/**
 * A fix that adds a sentence at the start of the reply: after the greeting when there is one
 * (keeping its line break), otherwise before the first sentence.
 */
export function insertionAtStart(text: TextModel, sentence: string): Hit | undefined {
  const { draft } = text;
  if (text.greeting) {
    const { start, end } = text.greeting;
    const separator = /^[ \t]*\n/.test(draft.slice(end)) ? '\n\n' : ' ';
    return { start, end, suggestion: { replacement: `${draft.slice(start, end)}${separator}${sentence}` } };
  }
  const first = text.sentences[0];
  if (!first) return undefined;
  return { start: first.start, end: first.end, suggestion: { replacement: `${sentence} ${draft.slice(first.start, first.end)}` } };
}
