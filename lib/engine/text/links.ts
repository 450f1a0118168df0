import type { Span } from '../types';

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Links and e-mail addresses are not prose: their capitals are not shouting, their "?" does not end
 * a sentence and their path is not hard reading. `keep` is how much of the start stays readable
 * ("https://", so a rule can still see that the reply gives a link).
 */
export interface LinkSpan extends Span {
  keep: number;
}

export function findLinks(draft: string): LinkSpan[] {
  const spans: LinkSpan[] = [];
  for (const match of draft.matchAll(LINK)) {
    const text = match[0].replace(/[.,;:!?)\]]+$/, '');
    const scheme = /^(?:https?:\/\/|www\.)/i.exec(text)![0];
    spans.push({ start: match.index, end: match.index + text.length, keep: scheme.length });
  }
  for (const match of draft.matchAll(EMAIL)) spans.push({ start: match.index, end: match.index + match[0].length, keep: 0 });
  return spans;
}
