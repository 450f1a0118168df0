import type { AnswerShape } from '../../rules/vocabulary';

// What kind of answer a question calls for (the shapes are listed in lib/rules/vocabulary.ts, where a
// rule's `customerAsks` names them), judged from how it is asked.
export type { AnswerShape } from '../../rules/vocabulary';

// The ways of asking what to do, shared by the two tests below.
const WHAT_TO_DO = String.raw`how (?:do|can|should|would) (?:i|we)|what (?:do|should|can|would) (?:i|we) (?:(?:need|have) to )?do|what are the steps`;
// A question that opens by asking what to do, or ends "how can I do it", asks for steps whatever else it
// names: "what do I need to do to check how long shipping takes?" wants the way to check, not a time.
const ASKS_FIRST_WHAT_TO_DO = new RegExp(String.raw`^\W*(?:${WHAT_TO_DO}|where (?:do|should|can) (?:i|we))\b|\bhow (?:do|can|should) (?:i|we) (?:do|check|see|find|know) (?:it|this|that)\b`, 'i');

const SHAPE_OF_QUESTION: [RegExp, AnswerShape][] = [
  [ASKS_FIRST_WHAT_TO_DO, 'steps'],
  // "When I log in, can I…" sets a scene; "when will…" asks for a time.
  // "Could you let me know roughly when I'll get it back?" asks for a time too, however politely it opens.
  [/(?:^\W*when\b|\bwhen (?:will|can|do|does|did|is|are|should|would|could|might)\b|\b(?:roughly|approximately|about|exactly|know) when\b|\b(?:how long|what time|what date|by when|how soon|until when|eta)\b)/i, 'time'],
  [/\b(?:how much|what(?:'s| is) the (?:cost|price|fee|charge|amount)|how many dollars|full amount|cost)\b/i, 'amount'],
  [new RegExp(String.raw`\b(?:${WHAT_TO_DO}|how to|steps)\b`, 'i'), 'steps'],
  // "What is actually going to be done?", "What are you going to do about it?": what we will do.
  [/\bwhat(?:['’]s| is| are| will| does| did| can)\s+(?:you(?:r team)?|u|y['’]?all|(?:the|your) company|anyone|anybody|someone|somebody|being|actually|really)?\s*(?:guys\s+)?(?:actually\s+|really\s+)?(?:going to |gonna |planning to |plan to |intend to )?(?:be )?(?:do|done|doing)\b/i, 'action'],
  [/\bwhy\b/i, 'reason'],
  [/^\s*(?:is|are|was|were|can|could|will|would|do|does|did|should|shall|may|have|has|am|isn't|aren't|won't|can't|don't|doesn't)\b/i, 'yes-no'],
];

export function shapeOf(question: string): AnswerShape {
  return SHAPE_OF_QUESTION.find(([pattern]) => pattern.test(question))?.[1] ?? 'open';
}

// What each shape of answer looks like in a reply.
const SHAPE_IN_REPLY: Record<AnswerShape, RegExp> = {
  time: /\b(?:\d+\s*(?:-|–|to)?\s*\d*\s*(?:minutes?|mins?|hours?|hrs?|days?|business days?|working days?|weeks?|months?)|today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|next (?:week|month|monday|tuesday|wednesday|thursday|friday)|(?:on|by|before|until) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|\d{1,2}(?::\d{2})?\s*(?:am|pm)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|within (?:the )?(?:hour|day|week)|already(?! (?:explained|mentioned|said|told|stated|asked|advised|informed))|now)\b/i,
  amount: /(?:[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:usd|eur|gbp|dollars?|euros?|pounds?)\b|\b(?:full amount|in full|no charge|free of charge|no fee|nothing|fully refunded|full refund)\b)/i,
  // A list, a click path, or an instruction in words ("To proceed, request…", "you can still use the app").
  steps: /(?:^\s*(?:\d+[.)]|[-*•])\s|\b(?:go to|click|tap|open|select|choose|enter|sign in|log in|visit|follow (?:these|the) steps|first,|then,?|next,|to proceed|here(?:'s| is) how|you(?:'ll| will)? need to|you can (?:still )?(?:use|send|request|submit|call|email|reply|contact|go|visit|check|print|post|drop|return|upload|attach|add|change|update|reset|find)|please (?:send|submit|call|email|reply|fill|request|follow|visit|contact|try|add|check|post|print|upload|attach|resubmit)|call (?:us|our|the))\b)/im,
  // What we have done or will do: "I've had the street added", "we'll refund", "a crew will be sent".
  action: /\b(?:(?:i|we)(?:['’]ve| have| had| will|['’]ll|['’]m going to| am going to|['’]re going to| are going to)\s+(?:now\s+|already\s+|also\s+|just\s+|personally\s+)?(?!(?:to|a|an|the|no|not|any|been|some)\b)[a-z]+|(?:has|have) been \w+ed|will be \w+(?:ed|en))\b/i,
  'yes-no': /\b(?:yes|no|yep|nope|absolutely|of course|certainly|definitely|unfortunately|we can|we can't|we cannot|you can|you can't|it is|it isn't|it will|it won't|there is|there isn't)\b/i,
  reason: /\b(?:because|due to|since|caused by|the reason|reasons|as a result|that's why|which is why|happened|vary|varies|depends)\b/i,
  open: /./,
};

export function replyHasShape(reply: string, shape: AnswerShape): boolean {
  return SHAPE_IN_REPLY[shape].test(reply);
}
