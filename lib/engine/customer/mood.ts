import vader from 'vader-sentiment';
import { phraseMatcher } from '../matcher';
import type { Mood, Span } from '../types';


export interface MoodCue extends Span {
  kind: 'upset' | 'urgent' | 'repeat' | 'emphasis';
}

export interface CustomerMood {
  /** The one word a panel shows: upset wins over urgent, urgent over a repeat contact. */
  primary: Mood;
  /** Every state that holds at once (an upset customer is often also writing again). */
  states: Mood[];
  /** VADER compound score of the whole message, -1 … 1. */
  sentiment: number;
  /** The words that gave the mood away, offsets into the customer's message. */
  cues: MoodCue[];
}

// VADER reads general English; these are how support customers say they are fed up.
const UPSET_WORDS = phraseMatcher([
  'frustrated', 'frustrating', 'angry', 'furious', 'upset', 'annoyed', 'disappointed', 'disappointing', 'unacceptable',
  'ridiculous', 'terrible', 'horrible', 'awful', 'worst', 'disgusted', 'disgraceful', 'pathetic', 'useless', 'scam',
  'fed up', 'sick of', 'tired of', 'waste of time', 'worried', 'anxious', 'stressed', 'a joke', 'incompetent', 'rude',
  'not happy', 'unhappy', 'livid', 'outraged', 'appalled', 'shocking', 'no help', 'nobody has helped', 'no one has helped',
  'nobody helped', 'no one helped', 'nobody cares', 'ignored', 'ignoring me', 'straight answer', 'run around', 'runaround',
]);
const REPEAT_CONTACT = phraseMatcher([
  'third time', 'second time', 'fourth time', 'fifth time', 'again and again', 'still not', 'still no', "still haven't",
  'still hasn’t', "still hasn't", 'still have not', 'still waiting', 'still nothing', 'for days', 'for weeks', 'for a week',
  'for a month', 'already contacted', 'already called', 'already emailed', 'already wrote', 'already told', 'multiple times',
  'several times', 'many times', 'how many times', 'keep getting', 'nobody has', 'no one has', 'no response', 'no reply',
  'never heard back', 'heard nothing', 'chasing',
]);
const URGENT = phraseMatcher([
  'urgent', 'urgently', 'asap', 'as soon as possible', 'immediately', 'right now', 'right away', 'emergency', 'deadline',
  'today', 'tonight', 'by tomorrow', 'time sensitive', 'time-sensitive', 'critical',
]);
const EMPHASIS = /[!?]{2,}|\b[A-Z]{2,}(?:\s+[A-Z]{2,}){1,}\b|\b[A-Z]{5,}\b/g;

const UPSET_SENTIMENT = -0.35;
const POSITIVE_SENTIMENT = 0.5;

// Idioms VADER scores backwards: its negation rule turns "can't wait" (eager) into a negative.
const IDIOMS: [RegExp, string][] = [[/\b(?:can['’]?t|cannot|can not) wait\b/gi, 'eager']];

export function readMood(message: string): CustomerMood {
  const forScoring = IDIOMS.reduce((text, [idiom, meaning]) => text.replace(idiom, meaning), message);
  const sentiment = vader.SentimentIntensityAnalyzer.polarity_scores(forScoring).compound;
  const cues: MoodCue[] = [
    ...UPSET_WORDS.findAll(message).map((span) => ({ ...span, kind: 'upset' as const })),
    ...REPEAT_CONTACT.findAll(message).map((span) => ({ ...span, kind: 'repeat' as const })),
    ...URGENT.findAll(message).map((span) => ({ ...span, kind: 'urgent' as const })),
    ...[...message.matchAll(EMPHASIS)].map((match) => ({ start: match.index, end: match.index + match[0].length, kind: 'emphasis' as const })),
  ].sort((a, b) => a.start - b.start);
  const has = (kind: MoodCue['kind']) => cues.some((cue) => cue.kind === kind);
  // Having to write again is frustrating in itself unless the message is plainly friendly.
  const upset = sentiment <= UPSET_SENTIMENT || has('upset') || (has('emphasis') && sentiment < 0) || (has('repeat') && sentiment < POSITIVE_SENTIMENT);
  const states: Mood[] = [];
  if (upset) states.push('upset');
  // "Flying with you tonight!!" from a delighted fan is not urgency.
  if (has('urgent') && sentiment < POSITIVE_SENTIMENT) states.push('urgent');
  if (has('repeat')) states.push('repeat');
  if (states.length === 0) states.push(sentiment >= POSITIVE_SENTIMENT ? 'positive' : 'neutral');
  return { primary: states[0]!, states, sentiment, cues };
}
