import type { Span } from '../types';

// A closing line on its own: "Best regards,", "Thanks!", "Cheers". Longer lines are sentences
// ("Thanks for your patience while we look into it.") and stay part of the reply.
const SIGN_OFF_LINE =
  /^[ \t]*(?:(?:best|kind|warm|warmest|many)(?: regards| wishes)?|regards|sincerely|yours(?: truly| sincerely)?|cheers|thanks(?: again| so much)?|thank you(?: again)?|many thanks|all the best|take care|talk soon|speak soon|have a (?:great|good|nice) (?:day|week|weekend))[ \t]*[,.!]?[ \t]*$/i;
const MAX_LINES_AFTER_SIGN_OFF = 4;
const MAX_WORDS_PER_SIGNATURE_LINE = 6;
// The RFC 3676 signature delimiter.
const DELIMITER = /^-- ?$/m;
// Twitter-style initials at the very end: "*TMC", "^Helen", "/ZZ", "-Jane", also "^EC." and "purchase.^SO".
const TRAILING_INITIALS = /(?:\s[*^/~-]|(?<=[.!?])[*^])[A-Z][A-Za-z]{0,15}\.?\s*$/;
// A sign-off and the agent's initials closing the last sentence of a social reply: "… Thanks, AK". Not a name
// ("Thanks, Sam." thanks the customer). Looked for in the draft's last characters only.
const TRAILING_SIGN_OFF = /[.!?]\s+((?:[Tt]hanks|[Tt]hank you|[Mm]any thanks|[Cc]heers|[Rr]egards|[Bb]est regards|[Kk]ind regards|[Bb]est)(?: so much)?,?\s+[A-Z]{2,3}\.?\s*)$/;
const SIGN_OFF_TAIL = 80;

/** The signature block at the end of the draft (sign-off, name, title, company), if there is one. */
export function findSignature(draft: string): Span | undefined {
  const delimiter = DELIMITER.exec(draft);
  if (delimiter) return { start: delimiter.index, end: draft.length };
  const signOff = findSignOffBlock(draft);
  if (signOff) return signOff;
  const initials = TRAILING_INITIALS.exec(draft);
  if (initials) return { start: initials.index + (/^\s/.test(initials[0]) ? 1 : 0), end: draft.length };
  const signedOff = TRAILING_SIGN_OFF.exec(draft.slice(-SIGN_OFF_TAIL));
  if (signedOff) return { start: draft.length - signedOff[1]!.length, end: draft.length };
  return undefined;
}

function findSignOffBlock(draft: string): Span | undefined {
  let nonBlankAfter = 0;
  for (const line of linesFromTheEnd(draft)) {
    if (line.text.trim() === '') continue;
    if (SIGN_OFF_LINE.test(line.text)) return { start: line.start, end: draft.length };
    nonBlankAfter++;
    const words = line.text.trim().split(/\s+/).length;
    if (nonBlankAfter > MAX_LINES_AFTER_SIGN_OFF || words > MAX_WORDS_PER_SIGNATURE_LINE) return undefined;
  }
  return undefined;
}

/** The lines of a text, last first, read only as far as the caller goes: a sign-off is in the last few. */
function* linesFromTheEnd(text: string): Generator<{ start: number; text: string }> {
  let end = text.length;
  for (;;) {
    const start = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
    yield { start, text: text.slice(start, end) };
    if (start === 0) return;
    end = start - 1;
  }
}
