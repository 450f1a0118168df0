// segmentWords takes a regular-expression shortcut for plain Latin text (Intl.Segmenter's word
// iterator is the slowest part of analysing a long draft). The shortcut must find exactly the words
// Intl.Segmenter finds: checked here on every Latin character in context, on random text and on
// every line of the shared corpus.
import { describe, expect, it } from 'vitest';
import { segmentWords, segmentWordsWithIntl } from '../../lib/engine/text/segment';
import { corpusAvailable, readCorpus } from './corpus';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => String.fromCharCode(from + index));

// Every character the shortcut could accept (and its neighbours), so the test does not repeat its list.
const TRICKY = ["'", '’', '‘', '.', ',', ';', ':', ' ', ' ', '-', '/', '@', '#', '$', '%', '&', '?', '!', '"', '(', ')', '_'];
const ALPHABET = [...range(0x09, 0x0d), ...range(0x20, 0x24f), ...range(0x2000, 0x20cf)];
const WORDY = [...'abcxyzAEZ0123456789éßÿĀ'];

// Printable ASCII: strings of it take the shortcut, where strings with any character of ALPHABET mostly do not.
const ASCII = range(0x20, 0x7e);

function randomText(next: () => number, length: number, alphabet = ALPHABET): string {
  let text = '';
  for (let index = 0; index < length; index++) {
    const pick = next() % 10;
    const pool = pick < 5 ? WORDY : pick < 8 ? TRICKY : alphabet;
    text += pool[next() % pool.length];
  }
  return text;
}

const words = (text: string, segment: typeof segmentWords) => segment(text, 7).map(({ start, end, text: word }) => `${start}-${end}:${word}`);

// Exhaustive comparisons, not timings: seconds of work that a busy CI machine may stretch.
describe('segmentWords shortcut agrees with Intl.Segmenter', { timeout: 60_000 }, () => {
  it.each([
    "can't", 'can’t', 'e.g. U.S.A.', '1,000.50 and 3,5 and 1;2', 'a,b a;b a:b 3:30 10:30am', 'v1.2 A1.B2 a.1 1.a', "rock'n'roll 'tis students'",
    'a..b 1..2 a‘b a.’b', 'Mr.Smith x:1 1:x', 'naïve café Straße ĀžƀɏǄ ªµº a×b', '#DL2203 @user foo@bar.com $5.99 50% €5',
    'http://a.b/c?x=1&y=2', '10am-4pm co-op a/b a–b—c a…b “q” ‘q’', '@dana_w a_b _a a_ __ 1_2 a._b a_.b can’t_x e.g_x 3,5_a a_1.5 https://______',
  ])('%s', (text) => {
    expect(words(text, segmentWords)).toEqual(words(text, segmentWordsWithIntl));
  });

  it('on every Latin and general-punctuation character between letters, digits and punctuation', () => {
    const context = [...'aZé9_', "'", '’', '.', ',', ';', ':', ' ', '-'];
    const mismatches: string[] = [];
    for (const char of ALPHABET) {
      for (const before of ['', ...context]) {
        for (const after of ['', ...context]) {
          const text = `${before}${char}${after}`;
          if (mismatches.length < 5 && JSON.stringify(words(text, segmentWords)) !== JSON.stringify(words(text, segmentWordsWithIntl))) mismatches.push(JSON.stringify(text));
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    { name: 'any', alphabet: ALPHABET },
    { name: 'ASCII', alphabet: ASCII },
  ])('on 20,000 random strings of $name characters', ({ alphabet }) => {
    let seed = 20_240_611;
    // The high bits: a power-of-two LCG's low bits repeat with a short period.
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) >> 12;
    const mismatches: string[] = [];
    for (let round = 0; round < 20_000 && mismatches.length < 5; round++) {
      const text = randomText(next, 1 + (next() % 40), alphabet);
      const fast = words(text, segmentWords);
      const intl = words(text, segmentWordsWithIntl);
      if (JSON.stringify(fast) !== JSON.stringify(intl)) mismatches.push(`${JSON.stringify(text)}: ${fast.join(' ')} ≠ ${intl.join(' ')}`);
    }
    expect(mismatches).toEqual([]);
  });

  const available = corpusAvailable();
  it.skipIf(!available)(available ? 'on every line of the corpus' : 'on every line of the corpus: ../shared not found: skipping', () => {
    const mismatches: string[] = [];
    for (const pair of [...readCorpus('conversations.jsonl'), ...readCorpus('long_replies.jsonl')]) {
      for (const line of [...pair.agent.split('\n'), ...pair.customer.split('\n')]) {
        if (mismatches.length >= 5) break;
        if (JSON.stringify(words(line, segmentWords)) !== JSON.stringify(words(line, segmentWordsWithIntl))) mismatches.push(`${pair.id}: ${JSON.stringify(line)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
