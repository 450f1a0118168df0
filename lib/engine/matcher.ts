import type { RE2JS } from 're2js';
import { type PhraseSlot, SLOT_REFERENCE, WORDY_SLOTS, slotSource } from '../rules/phrase-slots';
import { compileUserPattern } from '../rules/regex';
import { patternPrefilter } from './pattern-prefilter';
import type { MatcherSpec } from '../rules/schema';
import type { Span } from './types';

/** Finds a rule's phrases and patterns in a text; compiled once per rule set. */
export interface TextMatcher {
  findAll(text: string): Span[];
  /** Whether there is any match: stops at the first, so it is cheaper than findAll. */
  test(text: string): boolean;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}_])';

/**
 * Phrases become one native RegExp made of escaped literals and slots (no ambiguous repetition, so
 * it cannot backtrack badly); whole words only; any run of spaces matches a space; either apostrophe
 * matches. Patterns go through RE2 (linear time), one by one: RE2 finds a pattern that starts with
 * a literal much faster than an alternation of several.
 */
export function compileMatcher(spec: MatcherSpec): TextMatcher {
  const matchers: TextMatcher[] = [];
  if (spec.phrases?.length) matchers.push(phraseMatcher(spec.phrases, spec.caseSensitive));
  for (const pattern of spec.patterns ?? []) matchers.push(re2Matcher(compileUserPattern(pattern, spec.caseSensitive), patternPrefilter(pattern, spec.caseSensitive ?? false)));
  if (matchers.length === 1) return matchers[0]!;
  return {
    findAll(text) {
      const spans: Span[] = [];
      for (const matcher of matchers) for (const span of matcher.findAll(text)) spans.push(span);
      return spans.sort((a, b) => a.start - b.start || b.end - a.end);
    },
    test: (text) => matchers.some((matcher) => matcher.test(text)),
  };
}

export function phraseMatcher(phrases: readonly string[], caseSensitive = false): TextMatcher {
  // Longest first, so "we apologize for any inconvenience" wins over "we apologize". Phrases that
  // start and end with a letter share one pair of word-boundary checks, which makes the scan cheaper.
  const unique = [...new Set(phrases.map((phrase) => phrase.trim()))].sort((a, b) => b.length - a.length);
  const isWordy = (phrase: string) => startsWordy(phrase) && endsWordy(phrase);
  const wordy = unique.filter(isWordy).map(phraseBody);
  const others = unique.filter((phrase) => !isWordy(phrase)).map(phraseWithOwnBoundaries);
  // The wordy group's start boundary is checked here rather than by a lookbehind in the pattern: a
  // pattern that begins with literal words lets the regex engine skip ahead to where they can start,
  // which is several times faster on a long draft than trying a lookbehind at every position.
  const alternatives = [...(wordy.length ? [`(?<wordy>${wordy.join('|')})${NOT_BEFORE_WORD}`] : []), ...others];
  const flags = caseSensitive ? 'u' : 'iu';
  const global = new RegExp(alternatives.join('|'), `g${flags}`);
  const matches = function* (text: string) {
    global.lastIndex = 0;
    for (let match = global.exec(text); match; match = global.exec(text)) {
      const start = match.index;
      if (match.groups?.wordy !== undefined && start > 0 && WORD_CHAR.test(text[start - 1]!)) {
        // "xas I explained": not a match here, but one may still start inside these characters.
        global.lastIndex = start + 1;
        continue;
      }
      if (match[0].length === 0) {
        global.lastIndex = start + 1;
        continue;
      }
      yield { start, end: start + match[0].length };
    }
  };
  return {
    findAll: (text) => [...matches(text)],
    test: (text) => !matches(text).next().done,
  };
}

function startsWordy(phrase: string): boolean {
  const slot = /^\{([a-z]+)\}/.exec(phrase);
  return slot ? WORDY_SLOTS.has(slot[1]!) : WORD_CHAR.test(phrase[0] ?? '');
}

function endsWordy(phrase: string): boolean {
  const slot = /\{([a-z]+)\}$/.exec(phrase);
  return slot ? WORDY_SLOTS.has(slot[1]!) : WORD_CHAR.test(phrase.at(-1) ?? '');
}

/** A phrase's regex: literal words joined by any run of spaces, slots replaced by their patterns. */
function phraseBody(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((word) =>
      word
        .split(SLOT_REFERENCE)
        // split() with a capture group alternates literal text and slot names.
        .map((part, index) => (index % 2 === 1 ? `(?:${slotSource(part as PhraseSlot)})` : escapeLiteral(part)))
        .join(''),
    )
    .join('\\s+');
}

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
}

function phraseWithOwnBoundaries(phrase: string): string {
  const before = startsWordy(phrase) ? NOT_AFTER_WORD : '';
  const after = endsWordy(phrase) ? NOT_BEFORE_WORD : '';
  return `${before}${phraseBody(phrase)}${after}`;
}

/**
 * RE2 runs only on a text where the prefilter finds the words every match starts with
 * (lib/engine/pattern-prefilter.ts), and it first asks whether there is any match at all: that
 * question (RE2JS.test) runs on re2js's DFA, several times faster than the matcher that reports
 * where each match is, which is needed only when there is one.
 */
function re2Matcher(pattern: RE2JS, prefilter: RegExp | undefined): TextMatcher {
  const mayMatch = (text: string) => (prefilter === undefined || prefilter.test(text)) && pattern.test(text);
  return {
    findAll(text) {
      const spans: Span[] = [];
      if (!mayMatch(text)) return spans;
      const matcher = pattern.matcher(text);
      while (matcher.find()) {
        const start = matcher.start();
        const end = matcher.end();
        if (end > start) spans.push({ start, end });
      }
      return spans;
    },
    test: mayMatch,
  };
}

/** True when a span lies (at least partly) inside any of the ranges. */
export function overlapsAny(span: Span, ranges: readonly Span[]): boolean {
  return ranges.some((range) => span.start < range.end && range.start < span.end);
}
