// Intl.Segmenter's sentence iterator is the largest single cost of reading a typical reply. For text
// made only of Latin letters, ASCII digits and common punctuation (segment.ts's SIMPLE_TEXT), the
// Unicode sentence rules (UAX #29, SB1-SB11) come down to the few character classes below and one
// forward scan, which finds the same sentences. Anything else goes to Intl.Segmenter.
// tests/corpus/sentence-breaks.test.ts checks the two agree: on every character in context, on
// random text and on every line of the corpus.

// The sentence-break classes that occur in plain Latin text, as small numbers for a lookup table.
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const OLETTER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
const SP = 9;
const CR = 10;
const LF = 11;
type SentenceClass = number;

const CLOSE_CHARACTERS = new Set('"\'()[]{}\u00AB\u00BB\u2018\u2019\u201C\u201D');
const SCONTINUE_CHARACTERS = new Set(',-:;\u2013\u2014');
const SP_CHARACTERS = new Set('\t \u00A0');

function classify(char: string): SentenceClass {
  if (char === '\r') return CR;
  if (char === '\n') return LF;
  if (char === '.') return ATERM;
  if (char === '!' || char === '?') return STERM;
  if (SP_CHARACTERS.has(char)) return SP;
  if (CLOSE_CHARACTERS.has(char)) return CLOSE;
  if (SCONTINUE_CHARACTERS.has(char)) return SCONTINUE;
  if (char >= '0' && char <= '9') return NUMERIC;
  if (/\p{Lowercase}/u.test(char)) return LOWER;
  if (/\p{Uppercase}|\p{Lt}/u.test(char)) return UPPER;
  if (/\p{Alphabetic}/u.test(char)) return OLETTER;
  return OTHER;
}

// Every character SIMPLE_TEXT lets through lies below U+0250 or among a few general punctuation marks.
const TABLE_SIZE = 0x250;
const TABLE = Uint8Array.from({ length: TABLE_SIZE }, (_, code) => classify(String.fromCharCode(code)));
const BEYOND_TABLE = new Map([...'\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC'].map((char) => [char.charCodeAt(0), classify(char)]));

/** The class of the character at `index`, or -1 past the end. */
function classAt(text: string, index: number): SentenceClass {
  if (index >= text.length) return -1;
  const code = text.charCodeAt(index);
  return code < TABLE_SIZE ? TABLE[code]! : (BEYOND_TABLE.get(code) ?? OTHER);
}

const isTerm = (kind: SentenceClass) => kind === ATERM || kind === STERM;
const isParaSep = (kind: SentenceClass) => kind === CR || kind === LF;

export interface SentenceSegment {
  segment: string;
  index: number;
}

/** The sentences of plain Latin text, as Intl.Segmenter('en', { granularity: 'sentence' }) finds them. */
export function plainSentenceSegments(text: string): SentenceSegment[] {
  const segments: SentenceSegment[] = [];
  let start = 0;
  const breakAt = (end: number) => {
    segments.push({ segment: text.slice(start, end), index: start });
    start = end;
  };
  let index = 0;
  while (index < text.length) {
    const kind = classAt(text, index);
    if (isParaSep(kind)) {
      // SB3, SB4: a break after a line break, CR LF being one.
      index += kind === CR && text[index + 1] === '\n' ? 2 : 1;
      breakAt(index);
      continue;
    }
    if (!isTerm(kind)) {
      index++;
      continue;
    }
    // A sentence end: the terminator, closing punctuation, spaces (SB9, SB10 keep them together).
    let after = index + 1;
    while (classAt(text, after) === CLOSE) after++;
    while (classAt(text, after) === SP) after++;
    const next = classAt(text, after);
    if (next === -1) break;
    if (continues(text, index, kind, after, next)) {
      index = after;
      continue;
    }
    // SB11: the break comes after the spaces, or after a line break that follows them.
    if (isParaSep(next)) after += next === CR && text[after + 1] === '\n' ? 2 : 1;
    breakAt(after);
    index = after;
  }
  if (start < text.length) breakAt(text.length);
  return segments;
}

/** Whether the rules keep the sentence going after the terminator at `index` (SB6, SB7, SB8, SB8a). */
function continues(text: string, index: number, kind: SentenceClass, after: number, next: SentenceClass): boolean {
  if (next === SCONTINUE || isTerm(next)) return true;
  if (kind !== ATERM) return false;
  if (after === index + 1) {
    if (next === NUMERIC) return true;
    const before = index > 0 ? classAt(text, index - 1) : OTHER;
    if (next === UPPER && (before === UPPER || before === LOWER)) return true;
  }
  // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower
  for (let look = after; look < text.length; look++) {
    const ahead = classAt(text, look);
    if (ahead === LOWER) return true;
    if (ahead === OLETTER || ahead === UPPER || isParaSep(ahead) || isTerm(ahead)) return false;
  }
  return false;
}
