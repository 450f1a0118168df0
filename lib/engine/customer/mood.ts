import { phraseMatcher } from '../matcher';
import type { Mood, Span } from '../types';
import { sentimentOf } from './sentiment';

export interface MoodCue extends Span {
  kind: 'upset' | 'urgent' | 'repeat' | 'emphasis';
}

export interface CustomerMood {
  /** The one word a panel shows: upset wins over annoyed, annoyed over urgent, urgent over a repeat contact. */
  primary: Mood;
  /** Every state that holds at once (an upset customer is often also writing again). */
  states: Mood[];
  /** How positive the whole message reads, -1 … 1 (lib/engine/customer/sentiment.ts). */
  sentiment: number;
  /** The words that gave the mood away, offsets into the customer's message. */
  cues: MoodCue[];
}

// How support customers say they are angry, let down or worried. A sentiment score alone reads a calm bug
// report ("error", "not working", "problem") as negative, so a feeling needs words like these.
const ANGER = phraseMatcher([
  'frustrated', 'frustrating', 'frustration', 'angry', 'furious', 'fuming', 'livid', 'outraged', 'appalled', 'upset',
  'annoyed', 'annoying', 'irritating', 'irritated', 'disappointed', 'disappointing', 'let down', 'fed up', 'sick of',
  'sick and tired', 'tired of', 'not happy', 'unhappy',
]);
// Worry and grief count whoever they are about: a worried customer needs to be heard either way.
const WORRY = phraseMatcher([
  'worried', 'worrying', 'anxious', 'anxiously', 'stressed', 'stressful', 'scared', 'panicking', 'desperate',
  'devastated', 'heartbroken', 'very concerned', 'very concern', 'deceased', 'passed away', 'funeral', 'bereavement',
]);
const COMPLAINTS = phraseMatcher([
  'unacceptable', 'ridiculous', 'terrible', 'horrible', 'awful', 'worst', 'disgusted', 'disgusting', 'disgraceful',
  'pathetic', 'useless', 'scam', 'rip off', 'ripoff', 'is a joke', 'what a joke', 'incompetent', 'rude', 'insulting',
  'shocking', 'shameful', 'shame on you', 'waste of time', 'waste of money', 'no help', 'not helpful', 'unhelpful',
  'nobody has helped', 'no one has helped', 'nobody cares', 'no one cares', 'ignoring me', 'straight answer',
  'run around', 'runaround', 'poor service', 'bad service', 'horrible service', 'terrible service', 'awful service',
  'poor customer service', 'bad customer service', 'never again', 'never fly', 'never be flying', 'never use',
  'never buy', 'never order', 'never shop', 'change banks', 'switching to', 'screwed', 'wtf', 'ffs', 'goddamn',
  'horseshit', 'bullshit', 'crap', 'sort it out', 'what gives', 'new low', 'get better', 'ludicrous',
  'absurd', 'unbelievable', "can't believe", 'cannot believe', 'nothing works', 'no one is helping', "no one's helping",
  'no ones helping', 'nobody is helping', 'nobody helps', 'no one helps', 'not good enough', 'excuses', 'liar', 'liars',
  'why on earth', 'no one interested', 'nobody interested', 'no one is interested', 'happened again',
  'hung up on', 'attitude', 'attitudes', 'nobody has fixed', 'no one has fixed', 'still not fixed', 'mess', 'shambles',
  'nightmare', 'i was happy with', 'good customer care', 'good customer service?', 'at least say',
  'for no reason', 'no explanation', 'wrongfully', 'unfair', 'unfairly',
  // Ready to leave us: a customer who is done with a company is let down by it, whatever else they say.
  'done with you', "done with y'all", 'done with yall', 'done with your', "i'm over it", 'im over it', 'so over it', 'ready to switch', 'readytoswitch',
  'go elsewhere', 'going elsewhere', 'take my business', 'taking my business', 'lost a customer',
  'lost my business', 'never flying', 'never using', 'never shopping', 'never ordering', 'never buying',
  // Everyday ways of saying we failed them.
  'dropped the ball', 'drops the ball', 'do better', 'not impressed', 'notimpressed', 'stillwaiting', 'are you serious',
  'are you kidding', 'you kidding me',
]);
// A demand or an accusation ("Do something!", "you're lying", "accuses me of lying"), not the same words in a
// question ("Do I need to do something in game?", "Am I lying?").
const DEMANDS = /(?:^|[.!?]\s+)do something\b|\bdo something about (?:it|this|that)\b|\byou(?:['’]re| are)? lying\b|\blying to (?:me|us|your customers|customers)\b|\byou lied\b|\baccus\w* (?:me|us) of lying\b|\b(?:implying|implication that|suggesting) (?:i['’]?m|i am|we['’]?re|we are) lying\b/gi;
// Angry faces: a sad face on its own ("forgot my tickets at home 😔") is sadness, not anger with us.
const ANGRY_SIGNS = /[\u{1F620}\u{1F621}\u{1F624}\u{1F92C}]|#(?:worst|bad|poor|horrible|terrible|fail|disappoint|frustrat|angry|annoy|never|fix|unacceptable|shame)\w*/giu;
// Having to write again or to wait: a frustration in itself, whatever words carry it.
const REPEAT_CONTACT = phraseMatcher([
  'third time', 'second time', 'fourth time', 'fifth time', 'again and again', 'over and over', 'still not', 'still no',
  "still haven't", "still hasn't", 'still have not', 'still waiting', 'still nothing', 'still stuck', 'days later',
  'weeks later', 'already contacted', 'already called',
  'already emailed', 'already wrote', 'already told', 'already submitted', 'multiple times', 'several times',
  'many times', 'how many times', 'nobody has', 'no one has', 'no response', 'no reply', 'no answer', 'never heard back',
  'heard nothing', 'chasing', 'on hold for', 'been waiting', 'been trying',
  'waited for', 'awaiting response', 'awaiting a response',
]);
// A length of time is a wait only with waiting words: "stopped playing for a month" is not writing again. A
// dot or "?" inside a link does not end the sentence.
const WAITED_FOR = /\b(?:wait(?:ed|ing)?|been|still|stuck|struggling|trying|lost|without|nothing|heard|no (?:reply|response|answer|update|word|help))\b(?:[^.!?\n]|[.?](?=\S)){0,80}?\bfor (?:days|weeks|months|a week|a month)\b/gi;
const URGENT = phraseMatcher([
  'urgent', 'urgently', 'asap', 'as soon as possible', 'immediately', 'right now', 'right away', 'emergency', 'deadline',
  'today', 'tonight', 'by tomorrow', 'time sensitive', 'time-sensitive', 'critical',
]);
const EMPHASIS = /[!?]{2,}|\b[A-Z]{2,}(?:\s+[A-Z]{2,}){1,}\b|\b[A-Z]{5,}\b/g;
// Shouting: several words in capitals and "!!" — a word score reads "PLEASE HELP ME!!" as friendly.
const SHOUTING = /\b[A-Z]{2,}(?:\s+[A-Z']{2,}){1,}/;
// Laughing it off ("lol", "🤣"), or thanking us at the end of the thread: not upset any more.
const LAUGHING = /\b(?:lol|lmao|haha\w*|hehe)\b|[\u{1F602}\u{1F923}\u{1F606}\u{1F601}]/iu;
const THANKS_AT_THE_END = /\b(?:thank you|thanks|thx|appreciate|grateful)\b[^\n]*$/i;
// Gratitude, love or praise anywhere: "Thank you!! ❤️" is enthusiasm, not emphasis in anger, and "kudos to the
// crew who dealt with a rude passenger" praises us.
const GRATITUDE = /\b(?:thank you|thanks|thx|thankyou|appreciate|grateful|love|luv|kudos|props|bravo|hats off|shout ?out)\b|[\u2764\u{1F495}\u{1F496}\u{1F497}\u{1F60D}\u{1F970}\u{1F64F}]/iu;
// A bare "Thanks!" under a complaint is how the message ends, not the customer calming down.
const BARE_SIGN_OFF = /^\W*(?:thank you|thanks)\W*$/i;
// Feelings about someone else (the customer's bank, another airline, other passengers) are not about us.
// An intruder is someone else too: "wtf, someone from abroad keeps trying to log in to my account".
const ABOUT_SOMEONE_ELSE = /\b(?:my bank|the bank|their|them|they|other (?:passengers|people|customers)|people on|someone|somebody|hackers?|scammers?|fraudsters?|weather|traffic)\b/i;
const ABOUT_US = /\b(?:you|your|you're|y'?all|u|ur|@\w+)\b/i;

const POSITIVE_SENTIMENT = 0.5;
const NEGATIVE_SENTIMENT = -0.05;
const UPSET_SENTIMENT = -0.3;
const THANKFUL_SENTIMENT = 0.3;
const VERY_NEGATIVE_SENTIMENT = -0.5;

// Words that read as a feeling but are not one here: loyalty ("I'll never fly anything else" is the opposite of
// "never fly with you again") and a fare's name ("Do you offer bereavement fares?" asks about a product).
const NOT_A_FEELING = /\bnever\s+(?:be\s+)?(?:fly|flying|use|using|buy|buying|shop|shopping|order|ordering)\s+(?:with\s+)?(?:anything|anyone|anybody|anywhere|any other|another)\b|\bbereavement (?:fares?|rates?|discounts?|polic(?:y|ies)|tickets?)\b/gi;

// Idioms a negation rule scores backwards: "can't wait" is eager, not negative.
const IDIOMS: [RegExp, string][] = [[/\b(?:can['’]?t|cannot|can not) wait\b/gi, 'eager']];

/**
 * How the customer comes across. `upset` means upset with us: a feeling or a complaint in their own
 * words, or having to write again while not plainly friendly — not a calm report of a problem, and
 * not anger at someone else.
 */
export function readMood(message: string): CustomerMood {
  const forScoring = IDIOMS.reduce((text, [idiom, meaning]) => text.replace(idiom, meaning), message);
  const sentiment = sentimentOf(forScoring);
  const notFeelings = matchesOf(message, NOT_A_FEELING);
  const isFeeling = (span: Span) => !notFeelings.some((words) => words.start <= span.start && span.end <= words.end);
  const aboutUs = (span: Span) => aimedAtUs(message, span) && isFeeling(span);
  const cues: MoodCue[] = [
    ...[...ANGER.findAll(message), ...COMPLAINTS.findAll(message), ...matchesOf(message, ANGRY_SIGNS), ...matchesOf(message, DEMANDS)].filter(aboutUs).map((span) => ({ start: span.start, end: span.end, kind: 'upset' as const })),
    ...WORRY.findAll(message).filter(isFeeling).map((span) => ({ start: span.start, end: span.end, kind: 'upset' as const })),
    ...[...REPEAT_CONTACT.findAll(message), ...matchesOf(message, WAITED_FOR)].map((span) => ({ start: span.start, end: span.end, kind: 'repeat' as const })),
    ...URGENT.findAll(message).map((span) => ({ start: span.start, end: span.end, kind: 'urgent' as const })),
    ...matchesOf(message, EMPHASIS).map((span) => ({ start: span.start, end: span.end, kind: 'emphasis' as const })),
  ].sort((a, b) => a.start - b.start);
  const has = (kind: MoodCue['kind']) => cues.some((cue) => cue.kind === kind);
  // Writing again on its own is often patient ("awaiting response"); with shouting or bitter words it is not.
  const closing = lastLine(message);
  // Thanking us at the end of a message that reads positive overall, even on one line ("…made it easy. THX").
  const thankedAtTheEnd = THANKS_AT_THE_END.test(closing) && !BARE_SIGN_OFF.test(closing) && (message.includes('\n') || sentiment >= THANKFUL_SENTIMENT);
  const calmedDown = LAUGHING.test(message) || thankedAtTheEnd;
  const grateful = GRATITUDE.test(message);
  // Capitals and "!!" alone carry excitement as often as anger: only with no warmth in the message.
  const emphaticAnger = has('emphasis') && /[!?]{2,}/.test(message) && !grateful && (sentiment < NEGATIVE_SENTIMENT || (SHOUTING.test(message) && sentiment <= 0));
  // Warm words beside a complaint read as sarcasm ("Awesome service to loyal customers!!! #Shameful")
  // unless the customer also thanks us: then it is a mixed review, not anger.
  const upset =
    !calmedDown &&
    ((has('upset') && (sentiment < POSITIVE_SENTIMENT || !grateful)) ||
      (has('repeat') && (has('emphasis') || sentiment <= UPSET_SENTIMENT)) ||
      emphaticAnger);
  const states: Mood[] = [];
  if (upset) states.push(clearlyUpset(cues.filter((cue) => cue.kind === 'upset').length, has, sentiment) ? 'upset' : 'annoyed');
  // "Flying with you tonight!!" from a delighted fan is not urgency.
  if (has('urgent') && sentiment < POSITIVE_SENTIMENT) states.push('urgent');
  if (has('repeat')) states.push('repeat');
  if (states.length === 0) states.push(sentiment >= POSITIVE_SENTIMENT ? 'positive' : 'neutral');
  return { primary: states[0]!, states, sentiment, cues };
}

/**
 * Upset on more than one sign: two words of anger or complaint, having to write again (itself a
 * frustration) with such a word or with "!!", or one word in a message that reads very negative. On one
 * sign alone ("why did you sell me a ticket with no seat??") a lead calls the missing acknowledgement
 * worth a nudge, not a problem (npm run eval).
 */
function clearlyUpset(signs: number, has: (kind: MoodCue['kind']) => boolean, sentiment: number): boolean {
  return signs >= 2 || (has('repeat') && (signs === 1 || has('emphasis'))) || (signs === 1 && sentiment <= VERY_NEGATIVE_SENTIMENT);
}

function lastLine(message: string): string {
  const lines = message.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}

function matchesOf(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Whether the words sit in a sentence about us, not one only about a third party ("I'm so fed up with them"). */
function aimedAtUs(message: string, span: Span): boolean {
  const sentenceStart = Math.max(message.lastIndexOf('.', span.start), message.lastIndexOf('!', span.start), message.lastIndexOf('\n', span.start)) + 1;
  const endMatch = /[.!?\n]/.exec(message.slice(span.end));
  const sentence = message.slice(sentenceStart, endMatch ? span.end + endMatch.index : message.length);
  return !ABOUT_SOMEONE_ELSE.test(sentence) || ABOUT_US.test(sentence);
}
