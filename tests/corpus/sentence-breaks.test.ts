// plainSentenceSegments finds the sentences of plain Latin text without Intl.Segmenter's sentence
// iterator (the largest single cost of reading a typical reply). It must find exactly the sentences
// Intl.Segmenter finds: checked here on every character it can meet, in the contexts where the
// Unicode sentence rules differ, on random text and on every message of the shared corpus.
import { describe, expect, it } from 'vitest';
import { plainSentenceSegments } from '../../lib/engine/text/sentence-breaks';
import { corpusAvailable, readCorpus } from './corpus';

const intlSentences = new Intl.Segmenter('en', { granularity: 'sentence' });
// The text segment.ts hands to plainSentenceSegments (its SIMPLE_TEXT).
const PLAIN = /^[\t\n\r\x20-\x7E\u00A0-\u00AC\u00AE-\u00B1\u00B4-\u00B6\u00BA\u00BB\u00BF-\u024F\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC]*$/;
const CHARACTERS = [...Array.from({ length: 0x250 }, (_, code) => String.fromCharCode(code)), ...'\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC'].filter((char) => PLAIN.test(char));

const ours = (text: string) => plainSentenceSegments(text).map(({ index, segment }) => `${index}:${segment}`);
const intl = (text: string) => [...intlSentences.segment(text)].map(({ index, segment }) => `${index}:${segment}`);

function mismatchesIn(texts: Iterable<string>, limit = 5): string[] {
  const mismatches: string[] = [];
  for (const text of texts) {
    if (mismatches.length >= limit) break;
    if (JSON.stringify(ours(text)) !== JSON.stringify(intl(text))) mismatches.push(`${JSON.stringify(text)}: ${ours(text).join(' | ')} ≠ ${intl(text).join(' | ')}`);
  }
  return mismatches;
}

describe('plainSentenceSegments agrees with Intl.Segmenter', { timeout: 60_000 }, () => {
  it.each([
    'Hi Sam. Thanks! Is it here? Yes.',
    'e.g. this, U.S. Army, etc. 5 apples, 3.5 km, Mr. smith and Mr. Smith.',
    'Done.) "Really?" she asked. (See below.) Next.',
    'Wait... what?! Ok.\r\nNext line.\rOld Mac line.\nLast',
    'Hi. ; there. Hi. - There. Hi.— There. Hi. « Là ». É. é.',
    '',
    '.',
    '  Leading spaces. And trailing.   ',
  ])('%j', (text) => {
    expect(ours(text)).toEqual(intl(text));
  });

  // Each character before and after a terminator, between the letters, digits, closing marks, spaces
  // and line breaks the rules look at (SB6-SB11).
  it('on every character it can meet, around a sentence end', () => {
    const texts = CHARACTERS.flatMap((char) => [
      `Ab.${char} Cd`, `Ab.${char}cd`, `Ab. ${char}`, `ab!${char} Cd`, `Ab?${char}${char} cd`, `${char}.B`, `x${char}.B`, `${char}. b`,
      `A.${char}1`, `A. ${char}x`, `A. ${char}X`, `a. ${char} 1 b`, `Ok.${char}\nB`, `Ok. ${char}\r\nB`, `A.) ${char} b`, `A." ${char}B`,
    ]);
    expect(mismatchesIn(texts)).toEqual([]);
  });

  it('on 20,000 random strings of sentence ends, closing marks, spaces, letters and line breaks', () => {
    const pieces = ['Hi Sam', 'we', 'e.g', 'U.S', '3.5', 'ok', 'THE', 'Refund', '.', '.', '!', '?', '…', ' ', '  ', '\t', '\n', '\r\n', '\r', '"', '”', ')', '(', "'", ',', ';', ':', '-', '—', '1', 'a', 'B', 'é', 'Ł', 'ß', 'ǅ', 'ª', '#', '$5', '@x', '\u00a0', '»', '«'];
    let seed = 20_240_611;
    // The high bits: a power-of-two LCG's low bits repeat with a short period.
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) >> 12;
    const texts = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + (next() % 25) }, () => pieces[next() % pieces.length]).join(''));
    expect(mismatchesIn(texts)).toEqual([]);
  });

  const available = corpusAvailable();
  it.skipIf(!available)(available ? 'on every plain message of the corpus' : 'on every plain message of the corpus: ../shared not found: skipping', () => {
    const messages = [...readCorpus('conversations.jsonl'), ...readCorpus('long_replies.jsonl')].flatMap((pair) => [pair.agent, pair.customer]).filter((text) => PLAIN.test(text));
    expect(messages.length).toBeGreaterThan(1_000);
    expect(mismatchesIn(messages)).toEqual([]);
  });
});
