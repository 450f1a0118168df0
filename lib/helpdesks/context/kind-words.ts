import type { ComposerKind } from '../../messaging/content-messages';

// Words that say who will read what the agent writes. Checked in this order: "Comments (Not sent to
// requestors)" is a note although it mentions requestors; "Public reply" is a reply.
const NOTE_FIRST = /\b(?:not (?:be )?(?:sent|visible|shown) to|internal|private|whisper)/i;
const REPLY_FIRST = /\b(?:public|(?:reply|respond|send|sent) to (?:the )?(?:customer|requester|requestor|client|contact)s?)\b/i;
const NOTE = /\b(?:notes?|comments?)\b/i;
const REPLY = /\b(?:reply|replies|respond|response|e-?mail|send)\b/i;

/** Reply or internal note, from words a person reads near the composer; undefined when they say neither. */
export function composerKindOfWords(text: string): ComposerKind | undefined {
  if (NOTE_FIRST.test(text)) return 'note';
  if (REPLY_FIRST.test(text)) return 'reply';
  if (NOTE.test(text)) return 'note';
  if (REPLY.test(text)) return 'reply';
  return undefined;
}

const NOTE_CODE_WORDS = new Set(['note', 'notes', 'internal', 'private', 'whisper']);
const REPLY_CODE_WORDS = new Set(['reply', 'response', 'respond', 'public']);

/**
 * Reply or note, from the words markup names an element by (`action-private`, `is-internal`). "comment"
 * is neither: helpdesks call every ticket message a comment (Zendesk's public reply editor included).
 */
export function composerKindOfCodeWords(words: readonly string[]): ComposerKind | undefined {
  if (words.some((word) => NOTE_CODE_WORDS.has(word))) return 'note';
  if (words.some((word) => REPLY_CODE_WORDS.has(word))) return 'reply';
  return undefined;
}
