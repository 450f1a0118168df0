import type { RE2JS } from 're2js';
import { compileUserPattern } from '../rules/regex';
import type { MatcherSpec } from '../rules/schema';
import type { Span } from './types';

/** Finds every match of a rule's phrases and patterns in a text; compiled once per rule set. */
export interface TextMatcher {
  findAll(text: string): Span[];
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Phrases become one native RegExp made only of escaped literals (no nested quantifiers, so it
 * cannot backtrack badly); whole words only; any run of spaces matches a space; either apostrophe
 * matches. Team leads' patterns go through RE2 (linear time).
 */
export function compileMatcher(spec: MatcherSpec): TextMatcher {
  const matchers: TextMatcher[] = [];
  if (spec.phrases?.length) matchers.push(phraseMatcher(spec.phrases, spec.caseSensitive));
  for (const pattern of spec.patterns ?? []) matchers.push(re2Matcher(compileUserPattern(pattern, spec.caseSensitive)));
  if (matchers.length === 1) return matchers[0]!;
  return {
    findAll: (text) => matchers.flatMap((matcher) => matcher.findAll(text)).sort((a, b) => a.start - b.start || b.end - a.end),
  };
}

export function phraseMatcher(phrases: readonly string[], caseSensitive = false): TextMatcher {
  // Longest first, so "we apologize for any inconvenience" wins over "we apologize".
  const alternatives = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(phraseSource);
  const regex = new RegExp(alternatives.join('|'), caseSensitive ? 'gu' : 'giu');
  return {
    findAll(text) {
      const spans: Span[] = [];
      for (const match of text.matchAll(regex)) {
        if (match[0].length > 0) spans.push({ start: match.index, end: match.index + match[0].length });
      }
      return spans;
    },
  };
}

function phraseSource(phrase: string): string {
  const body = phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
  const before = WORD_CHAR.test(phrase.trim()[0] ?? '') ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = WORD_CHAR.test(phrase.trim().at(-1) ?? '') ? '(?![\\p{L}\\p{N}_])' : '';
  return `${before}${body}${after}`;
}

function re2Matcher(pattern: RE2JS): TextMatcher {
  return {
    findAll(text) {
      const spans: Span[] = [];
      const matcher = pattern.matcher(text);
      while (matcher.find()) {
        const start = matcher.start();
        const end = matcher.end();
        if (end > start) spans.push({ start, end });
      }
      return spans;
    },
  };
}

/** True when a span lies (at least partly) inside any of the ranges. */
export function overlapsAny(span: Span, ranges: readonly Span[]): boolean {
  return ranges.some((range) => span.start < range.end && range.start < span.end);
}
