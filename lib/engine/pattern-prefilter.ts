// RE2 (re2js) keeps a team's patterns linear-time, but it reads every character of the draft, about
// 0.25 µs each: a single case-insensitive pattern cost 20-40 ms on a pasted 100 KB draft and ~10 µs
// on a typical reply. Most patterns start with fixed words ("assured?…", "(?i)\bplease accept…",
// "(?:sorry|apologi[sz]e) …"), so one native search for those words tells that most drafts cannot
// match, and RE2 runs only on the drafts that can. The words are read from the pattern by a
// deliberately small parser that gives up (no prefilter) on anything it does not fully understand.

/** Leading flag groups: "(?i)", "(?im)", "(?-i)", "(?s-i)". */
const FLAG_GROUP = /^\(\?([imsU]*)(?:-([imsU]*))?\)/;
/** Assertions that match no character: skipped, since the first character is still what follows them. */
const ZERO_WIDTH = /^(?:\\[bBA]|\^)/;
/** A group whose contents are matched as they are: capturing, non-capturing or named. */
const PLAIN_GROUP_OPENING = /^\((?:\?:|\?P?<[A-Za-z_][A-Za-z0-9_]*>)?/;
/**
 * Fixed text: ASCII letters and digits (RE2 and JavaScript fold their case alike), spaces and the
 * punctuation that is no operator, or any ASCII punctuation escaped ("\?").
 */
const LITERAL_CHARACTER = /^(?:[A-Za-z0-9 !"#%&',\-/:;<=>@_`~]|\\[!-/:-@[-`{-~])/;
const QUANTIFIER = /^[?*+{]/;
/** "x{2,}": the character at least this many times. */
const AT_LEAST = /^\{(\d+)/;
/** Characters JavaScript's u flag lets (and needs) escaping. */
const JS_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/**
 * A native regular expression that finds something in every text the RE2 pattern matches (one of the
 * words each match must start with), or undefined when the pattern's start is not that simple.
 */
export function patternPrefilter(pattern: string, caseSensitive: boolean): RegExp | undefined {
  // \Q…\E quotes metacharacters and [:alpha:] nests brackets: rare, and not worth a fuller parser.
  if (pattern.includes('\\Q') || pattern.includes('[:')) return undefined;
  let rest = pattern;
  let ignoreCase = !caseSensitive;
  for (let flags = FLAG_GROUP.exec(rest), zeroWidth = ZERO_WIDTH.exec(rest); flags || zeroWidth; flags = FLAG_GROUP.exec(rest), zeroWidth = ZERO_WIDTH.exec(rest)) {
    if (flags) {
      if (flags[1]!.includes('i')) ignoreCase = true;
      if (flags[2]?.includes('i')) ignoreCase = false;
    }
    rest = rest.slice((flags ?? zeroWidth)![0].length);
  }
  if (topLevelAlternatives(rest)?.length !== 1) return undefined;
  const words = leadingWords(rest);
  if (!words) return undefined;
  // With the u flag, JavaScript folds case by Unicode's simple case folding, as RE2 does (k, K and the Kelvin sign alike).
  return new RegExp(words.map((word) => word.replace(JS_SYNTAX, '\\$&')).join('|'), ignoreCase ? 'iu' : 'u');
}

/** The words every match of `pattern` (no leading flags) starts with, or undefined. */
function leadingWords(pattern: string): string[] | undefined {
  const opening = PLAIN_GROUP_OPENING.exec(pattern);
  if (!opening) {
    const run = literalRun(pattern)?.text;
    return run ? [run] : undefined;
  }
  // "(?i:…)" and other groups that change flags: not read.
  if (pattern.startsWith('(?') && opening[0].length === 1) return undefined;
  const close = closingParenthesis(pattern);
  if (close === undefined || QUANTIFIER.test(pattern.slice(close + 1))) return undefined;
  const alternatives = topLevelAlternatives(pattern.slice(opening[0].length, close));
  if (!alternatives) return undefined;
  // "(?:we|i) regret": when every alternative is fixed text, so is what follows the group.
  const after = literalRun(pattern.slice(close + 1))?.text ?? '';
  const words: string[] = [];
  for (const alternative of alternatives) {
    const text = alternative.replace(/^(?:\\b)+/, '');
    const run = literalRun(text);
    if (!run) return undefined;
    words.push(run.whole && run.read === text.length ? run.text + after : run.text);
  }
  return words;
}

/**
 * The fixed text a pattern starts with, how much of the pattern it read, and whether that is all of
 * what it read (a last character under "?", "*" or "{0," is left out: "assured?" starts with "assure").
 */
function literalRun(pattern: string): { text: string; read: number; whole: boolean } | undefined {
  const characters: string[] = [];
  let read = 0;
  for (let literal = LITERAL_CHARACTER.exec(pattern); literal; literal = LITERAL_CHARACTER.exec(pattern.slice(read))) {
    characters.push(literal[0].at(-1)!);
    read += literal[0].length;
  }
  let whole = true;
  const rest = pattern.slice(read);
  if (characters.length > 0 && QUANTIFIER.test(rest)) {
    whole = false;
    const last = characters.pop()!;
    const atLeast = rest[0] === '+' ? 1 : Number(AT_LEAST.exec(rest)?.[1] ?? 0);
    for (let count = 0; count < Math.min(atLeast, MAX_REPEAT); count++) characters.push(last);
  }
  const text = characters.join('');
  return text.trim() === '' ? undefined : { text, read, whole };
}

/** "!{2,}" starts with "!!"; a larger count adds nothing a short prefilter needs. */
const MAX_REPEAT = 4;

/** Where the group opened by the pattern's first character closes, or undefined. */
function closingParenthesis(pattern: string): number | undefined {
  let closing: number | undefined;
  scanGroups(pattern, (char, index, depth) => {
    if (char === ')' && depth === 0) closing = index;
    return closing === undefined;
  });
  return closing;
}

/** The pattern split at its "|" outside groups and classes, or undefined when it does not parse. */
function topLevelAlternatives(pattern: string): string[] | undefined {
  const alternatives: string[] = [];
  let start = 0;
  const depth = scanGroups(pattern, (char, index, depth) => {
    if (char !== '|' || depth !== 0) return true;
    alternatives.push(pattern.slice(start, index));
    start = index + 1;
    return true;
  });
  if (depth !== 0) return undefined;
  alternatives.push(pattern.slice(start));
  return alternatives;
}

/**
 * Walks a pattern's "(", ")" and "|" outside escapes and character classes, telling `visit` each one with the
 * group depth after it, until `visit` returns false. Returns the depth at the end, or undefined when a class
 * never closes or a ")" closes nothing.
 */
function scanGroups(pattern: string, visit: (char: '(' | ')' | '|', index: number, depth: number) => boolean): number | undefined {
  let depth = 0;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '\\') index++;
    else if (char === '[') {
      index = classEnd(pattern, index);
      if (index === -1) return undefined;
    } else if (char === '(' || char === ')' || char === '|') {
      if (char === '(') depth++;
      if (char === ')' && --depth < 0) return undefined;
      if (!visit(char, index, depth)) return depth;
    }
  }
  return depth;
}

/** The index of the "]" closing the class opened at `open` ("[]a]" and "[^]a]" start with a literal "]"), or -1. */
function classEnd(pattern: string, open: number): number {
  let index = open + 1;
  if (pattern[index] === '^') index++;
  if (pattern[index] === ']') index++;
  for (; index < pattern.length; index++) {
    if (pattern[index] === '\\') index++;
    else if (pattern[index] === ']') return index;
  }
  return -1;
}
