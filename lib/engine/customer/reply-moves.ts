import type { TextModel } from '../text/text-model';
import type { Span } from '../types';

/**
 * What a reply does besides answering in so many words: sends the customer somewhere ("DM us",
 * "submit a request here"), links to the steps, asks them something back, or says it cannot. Each
 * of these addresses a question in a short social reply (../shared/evaluation.md, follow-up).
 */
export interface ReplyMoves {
  redirect?: Span;
  link?: Span;
  askedBack?: Span;
  /** A reply that opens with its yes or no ("We currently do!", "Yes, …"). */
  yesOrNo?: Span;
  declined?: Span;
  /** Several paragraphs or a long reply: an email, where every question deserves its own answer. */
  emailStyle: boolean;
}

const REDIRECT =
  /\b(?:dm|d\.m\.|direct message|private message|message us|send us|email us|e-mail us|contact (?:us|our|the|them|your)|reach out|reach us|call (?:us|our|the)|give us a call|ring us|submit (?:a|your|the) (?:ticket|request|form|claim)|create a (?:support )?(?:ticket|case|request)|open a (?:ticket|case)|fill (?:out|in) (?:the|this|a)|visit (?:our|the|your)|head (?:over|on) to|go to|check out|chat with|speak (?:to|with) (?:our|the|a)|talk (?:to|with) (?:our|the|a)|get in touch|follow (?:up )?with (?:them|our|the)|share (?:your|the)|let us know (?:your|the|which|what)|see (?:this|the|our) (?:article|guide|page|link)|look into (?:this|it|that)|looking into (?:this|it|that)|be in touch|get back to you|feed (?:them|this|it|that) back|pass (?:this|it|that|them) on|passed (?:this|it|that|them) (?:on|to)|share (?:this|your|them) with|have asked|asked our|will check|we'll check|check (?:on|into) (?:this|it|that)|you can|try (?:these|this|the|to|clearing|restarting|updating|signing|logging)|follow (?:these|the) steps|please (?:try|follow|use|select|click|tap|open|go))\b/i;
const DECLINE = /\b(?:(?:unable|not able) to|can(?:no|'|’)t|can not|won(?:'|’)t be able|we don(?:'|’)t|we do not|not possible|no way to|there(?:'|’)s no way|isn(?:'|’)t possible|not available|aren(?:'|’)t able|don(?:'|’)t have)\b/i;
// A question to the customer, not the stock "Is there anything else we can help with?".
const STOCK_CLOSING_QUESTION = /\b(?:anything else|any other questions|any questions|does (?:this|that) help|did (?:this|that) help|how (?:it|that) goes)\b/i;
const LINK_START = /https?:\/\/|www\./i;
const OPENS_WITH_YES_OR_NO = /^\W*(?:(?:hi|hello|hey)\b[^.!?,]{0,20}[,.!]\s*)?(?:yes|yep|yeah|no|nope|absolutely|of course|sure|certainly|definitely|unfortunately|(?:we|you|it|they|i) (?:currently |still |certainly |absolutely )?(?:do|does|don't|doesn't|can|can't|cannot|will|won't|are|aren't|is|isn't|did|didn't))\b/i;
const EMAIL_STYLE_WORDS = 60;

export function replyMoves(text: TextModel): ReplyMoves {
  const moves: ReplyMoves = { emailStyle: text.paragraphs.length >= 3 || text.words.length >= EMAIL_STYLE_WORDS };
  const opening = text.sentences.slice(0, 2).map((sentence) => text.prose.slice(sentence.start, sentence.end)).join(' ');
  if (OPENS_WITH_YES_OR_NO.test(opening) && text.sentences[0]) moves.yesOrNo = { start: text.sentences[0].start, end: text.sentences[0].end };
  for (const sentence of text.sentences) {
    const words = text.prose.slice(sentence.start, sentence.end);
    const span = { start: sentence.start, end: sentence.end };
    moves.redirect ??= REDIRECT.test(words) ? span : undefined;
    moves.link ??= LINK_START.test(words) ? span : undefined;
    moves.declined ??= DECLINE.test(words) ? span : undefined;
    moves.askedBack ??= words.includes('?') && !STOCK_CLOSING_QUESTION.test(words) ? span : undefined;
  }
  return moves;
}
