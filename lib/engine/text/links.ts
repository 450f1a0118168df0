import type { Span } from '../types';

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
// Matched from each "@" outwards: a pattern that starts its match anywhere in a run of word
// characters rescans the run at every position, which is quadratic on one very long word.
const EMAIL_LOCAL_CHARACTER = /[\w.+-]/;
const EMAIL_DOMAIN = /^[\w-]+(?:\.[\w-]+)+/;
const MAX_EMAIL_LOCAL = 64;

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
  for (let at = draft.indexOf('@'); at !== -1; at = draft.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_EMAIL_LOCAL && EMAIL_LOCAL_CHARACTER.test(draft[start - 1]!)) start--;
    if (start === at) continue;
    const domain = EMAIL_DOMAIN.exec(draft.slice(at + 1, at + 256));
    if (domain) spans.push({ start, end: at + 1 + domain[0].length, keep: 0 });
  }
  return spans;
}
