// A team's pattern runs through RE2 only where a native search finds the words each match must start
// with. The prefilter may let through texts RE2 then rejects, never the other way round: checked on
// the pack's own patterns and on tricky ones, against RE2 itself, on random text.
import { RE2JS } from 're2js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../../lib/engine/matcher';
import { patternPrefilter } from '../../../lib/engine/pattern-prefilter';
import { defaultRuleSet } from '../../../lib/rules/default-pack';
import { compileUserPattern } from '../../../lib/rules/regex';

function packPatterns(): string[] {
  const patterns = new Set<string>();
  JSON.stringify(defaultRuleSet(), (key, value: unknown) => {
    if (key === 'patterns' && Array.isArray(value)) for (const pattern of value) patterns.add(String(pattern));
    return value;
  });
  return [...patterns];
}

describe('the words a pattern starts with', () => {
  it.each([
    { pattern: 'assured?[,:]?\\s+(?:you)', expected: '/assure/iu' },
    { pattern: '(?i)\\b(?:sorry|apologi[sz]e|regret)\\b', expected: '/sorry|apologi|regret/iu' },
    { pattern: '(?i)\\b(?:we|i) regret\\b', expected: '/we regret|i regret/iu' },
    { pattern: '(?i)\\bplease accept (?:my|our)', expected: '/please accept /iu' },
    { pattern: 'Order \\d+', caseSensitive: true, expected: '/Order /u' },
    { pattern: '(?i)Order \\d+', caseSensitive: true, expected: '/Order /iu' },
    { pattern: '(?-i)Order \\d+', expected: '/Order /u' },
    { pattern: '(?m)^\\s*\\d+[.)]\\s', expected: 'undefined' },
    { pattern: 'refund|return', expected: 'undefined' },
    { pattern: '(?:refund)?s', expected: 'undefined' },
    { pattern: '(?:refund|)s', expected: 'undefined' },
    { pattern: '(?i:refund) now', expected: 'undefined' },
    { pattern: 'a?bc', expected: 'undefined' },
    { pattern: '\\Q(\\E|refund', expected: 'undefined' },
    { pattern: '[[:alpha:](]x|refund', expected: 'undefined' },
    { pattern: 'refund[|(]|x', expected: 'undefined' },
    { pattern: '(?:a[)|]b|c)d', expected: '/a|cd/iu' },
    { pattern: '!{2,}', expected: '/!!/iu' },
    { pattern: '\\?', expected: '/\\?/iu' },
    { pattern: 'see \\.com/a', expected: '/see \\.com\\/a/iu' },
    { pattern: 'ab+c', expected: '/ab/iu' },
    { pattern: 'x{0,3}y', expected: 'undefined' },
    { pattern: '#\\d+', expected: '/#/iu' },
    { pattern: '(?:a|b)+c', expected: 'undefined' },
  ])('$pattern → $expected', ({ pattern, caseSensitive, expected }) => {
    expect(String(patternPrefilter(pattern, caseSensitive ?? false))).toBe(expected);
  });
});

describe('the prefilter never hides a match from RE2', () => {
  const TRICKY = [
    'assured?[,:]?\\s+(?:you[,:]?\\s+)?(?:that\\s+)?(?:it|this)\\s+will\\b',
    '(?i)\\b(?:we|i) regret\\b',
    '(?i)\\b(?:apologies|sorry) if\\b',
    '(?:sk|Ks) ok',
    'Ask me',
    '(?i)\\bkiss\\b',
    '(?P<word>ok|no) sir',
    'o{2}k',
    'ok\\.com',
    '(?:ok|sk)\\? sir',
  ];
  // Texts some pattern matches, then changed at random: case, the long s and the Kelvin sign (which
  // fold to s and k), words around them.
  const MATCHING = [
    'rest assured, you that it will arrive', 'I assure you this is going to work', 'assured: the parcel will come',
    'sorry for the delay', 'Apologies for any confusion', 'we regret', 'I regret it', 'please accept our sincere apologies',
    'our apologies', 'my apologies', 'sorry if that was unclear', 'apologies if', 'never our intention', 'sorry your flight', 'I apologize that', 'apologise you', 'wow!!', 'wow!!!', 'why?', 'ook', 'ok.com', 'sk? sir',
    "I'm not 100% sure", "it can't be 100 % guaranteed", 'see https://example.com', '\n1. Open it', 'Ks ok', 'sk ok', 'Ask me', 'a kiss', 'ok sir', 'no sir',
    'checking your messages before contacting us', 'read the Help Center before submitting a ticket',
    'as stated in our policy', 'As our sales consultant explained at the point of sale', 'as explained when you booked',
    'Of course you need to log in', 'of course, you will have to wait',
  ];
  const AROUND = ['', ' ', 'x', 'Yes, ', '. ', '\n'];

  function variant(next: () => number): string {
    const text = AROUND[next() % AROUND.length]! + MATCHING[next() % MATCHING.length]! + AROUND[next() % AROUND.length]!;
    if (next() % 2 === 0) return text;
    return [...text]
      .map((char) => {
        const roll = next() % 10;
        if (roll < 3) return char.toUpperCase();
        if (roll === 3 && char === 's') return '\u017F';
        if (roll === 3 && char === 'k') return '\u212A';
        return char;
      })
      .join('');
  }

  it.each([...packPatterns(), ...TRICKY])('%s', (pattern) => {
    for (const caseSensitive of [false, true]) {
      const prefilter = patternPrefilter(pattern, caseSensitive);
      if (!prefilter) continue;
      const re2 = compileUserPattern(pattern, caseSensitive);
      let seed = pattern.length * 7_919 + (caseSensitive ? 1 : 0);
      const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) >> 12;
      let matched = 0;
      for (let round = 0; round < 3_000; round++) {
        const text = variant(next);
        if (!re2.matcher(text).find()) continue;
        matched++;
        expect(prefilter.test(text), `${pattern} on ${JSON.stringify(text)}`).toBe(true);
      }
      // The check means something only if RE2 matched some of the texts.
      expect(matched).toBeGreaterThan(0);
    }
  });

  it('a matcher with a prefilter finds what RE2 alone finds', () => {
    const text = 'We regret it. I can aſſure you that it will arrive. ſorry if so! \u212Aiss.';
    for (const pattern of [...packPatterns(), ...TRICKY]) {
      const re2 = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE).matcher(text);
      const expected: string[] = [];
      while (re2.find()) if (re2.end() > re2.start()) expected.push(`${re2.start()}-${re2.end()}`);
      const found = compileMatcher({ patterns: [pattern], caseSensitive: false }).findAll(text).map((span) => `${span.start}-${span.end}`);
      expect(found, pattern).toEqual(expected);
    }
  });
});

describe('RE2 work on a long draft', () => {
  afterEach(() => vi.restoreAllMocks());
  const guarantee = compileMatcher({ patterns: ['assured?[,:]?\\s+(?:you[,:]?\\s+)?(?:it|this)\\s+will\\b'], caseSensitive: false });
  const prose = 'Thanks for your patience while we looked into this, and sorry for the wait. '.repeat(1_300);

  it('does not run without the words a match starts with', () => {
    const tests = vi.spyOn(RE2JS.prototype, 'test');
    const matchers = vi.spyOn(RE2JS.prototype, 'matcher');
    expect(guarantee.findAll(prose)).toEqual([]);
    expect(guarantee.test(prose)).toBe(false);
    expect(tests).not.toHaveBeenCalled();
    expect(matchers).not.toHaveBeenCalled();
  });

  it('asks only whether there is a match (the DFA) when the words occur without one', () => {
    const matchers = vi.spyOn(RE2JS.prototype, 'matcher');
    expect(guarantee.findAll(`Rest assured. ${prose}`)).toEqual([]);
    expect(matchers).not.toHaveBeenCalled();
  });

  it('finds where the matches are when there are some', () => {
    const text = `${prose}I assure you it will arrive. ${prose}Rest assured, this will work.`;
    const found = guarantee.findAll(text).map((span) => text.slice(span.start, span.end));
    expect(found).toEqual(['assure you it will', 'assured, this will']);
  });
});
