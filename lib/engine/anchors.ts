import type { Hit } from './hit';
import type { Sentence } from './text/segment';
import type { TextModel } from './text/text-model';
import type { Span } from './types';

// Where findings point. A finding about words points at them; a finding about something the reply
// does not say points at the place where it belongs, an empty span, never at unrelated words such as
// the greeting (#12).

/** The sentences of the reply itself, without a greeting line such as "Hi Sam,". */
export function bodySentences(text: TextModel): Sentence[] {
  const greeting = text.greeting;
  return text.sentences.filter((sentence) => !greeting || sentence.start >= greeting.end || /\p{L}/u.test(text.prose.slice(greeting.end, sentence.end)));
}

/** Where a sentence added at the start belongs: right after the greeting, or before the first sentence. */
export function openingPlace(text: TextModel): Span {
  if (text.greeting) return { start: text.greeting.end, end: text.greeting.end };
  const first = text.sentences[0];
  return first ? { start: first.start, end: first.start } : { start: 0, end: 0 };
}

/** Where something added at the end belongs: after the last sentence of the reply (before the sign-off). */
export function closingPlace(text: TextModel): Span {
  const last = bodySentences(text).at(-1) ?? text.sentences.at(-1);
  return last ? { start: last.end, end: last.end } : { start: 0, end: 0 };
}

/**
 * A fix that adds a sentence at the start of the reply: after the greeting on a line of its own (a
 * paragraph when the greeting stands on its own line), or before the first sentence.
 */
export function insertionAtStart(text: TextModel, sentence: string): Hit {
  const place = openingPlace(text);
  if (text.greeting) {
    const separator = /^[ \t]*\n/.test(text.draft.slice(place.end)) ? '\n\n' : ' ';
    return { ...place, suggestion: { replacement: `${separator}${sentence}` } };
  }
  return { ...place, suggestion: { replacement: `${sentence} ` } };
}
