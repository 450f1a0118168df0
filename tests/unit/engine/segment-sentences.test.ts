// segmentSentences hands Intl.Segmenter whole lines gathered into bounded pieces, and skips it where
// only line breaks can end a sentence (its per-call and per-segment costs made a pasted draft of
// short lines take 250 ms). Both shortcuts must give exactly the sentences of the plain way: each
// line segmented on its own by Intl.Segmenter.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onlyLineBreaksEndSentences, segmentSentences, segmentWords } from '../../../lib/engine/text/segment';

const intlSentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The reference: every line on its own; a sentence runs from its first word to its last non-space.
 * A short line goes through Intl.Segmenter; a line longer than a piece is cut as before, on its own.
 */
function lineByLine(text: string): string[] {
  const sentences: string[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (line.length > 2_000) {
      for (const sentence of segmentSentences(line)) sentences.push(`${lineStart + sentence.start}-${lineStart + sentence.end}:${sentence.words.length}`);
    } else {
      for (const { segment, index } of intlSentences.segment(line)) {
        const words = segmentWords(segment, lineStart + index);
        if (words.length > 0) sentences.push(`${words[0]!.start}-${lineStart + index + segment.trimEnd().length}:${words.length}`);
      }
    }
    lineStart += line.length + 1;
  }
  return sentences;
}

const spans = (text: string) => segmentSentences(text).map((sentence) => `${sentence.start}-${sentence.end}:${sentence.words.length}`);

function random(seed: number): () => number {
  let state = seed;
  // The high bits: a power-of-two LCG's low bits repeat with a short period.
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) >> 12;
}

// Sentence ends, closing quotes and brackets, spaces and line breaks in every order: where the rules differ.
const PIECES = ['Hi Sam', 'we', 'e.g', 'U.S', '3.5', 'ok', 'THE', 'Refund', '.', '.', '!', '?', '…', ' ', ' ', '  ', '\t', '\n', '\n', '\r\n', '\n\n', '"', '”', ')', "'", ',', ';', ':', '-', '—', '1', 'a'];

function randomDraft(next: () => number, parts: number): string {
  let text = '';
  for (let index = 0; index < parts; index++) text += PIECES[next() % PIECES.length];
  return text;
}

describe('segmentSentences gives the sentences of each line segmented on its own', () => {
  it.each([
    { name: 'a short reply', text: 'Hi Sam,\nThanks. We refunded it!\n\nBest,\nAlex' },
    { name: 'CR LF line ends', text: 'Is it here yet?\r\nNo.\r\n' },
    { name: 'spaces and quotes around line breaks', text: 'Done. \n  "Really?" she asked.\n\n\n' },
    { name: 'abbreviations at a line end', text: 'e.g. this\nand U.S. that.\n' },
    { name: '2,000 one-word lines', text: 'refund\n'.repeat(2_000) },
    { name: 'a long line among short ones', text: `${'A short line.\n'.repeat(300)}${'One very long line without a break '.repeat(120)}\nAfter it. And more.` },
  ])('$name', ({ text }) => {
    expect(spans(text)).toEqual(lineByLine(text));
  });

  it('on 3,000 random drafts of sentence ends, quotes, spaces and line breaks', () => {
    const next = random(20_240_611);
    const mismatches: string[] = [];
    for (let round = 0; round < 3_000 && mismatches.length < 5; round++) {
      const text = randomDraft(next, 1 + (next() % 60));
      if (JSON.stringify(spans(text)) !== JSON.stringify(lineByLine(text))) mismatches.push(JSON.stringify(text));
    }
    expect(mismatches).toEqual([]);
  });

  it('on random drafts longer than one piece', () => {
    const next = random(7);
    for (let round = 0; round < 20; round++) {
      const text = randomDraft(next, 2_000 + (next() % 2_000));
      expect(spans(text)).toEqual(lineByLine(text));
    }
  });
});

describe('the shortcut for text that only line breaks can end', () => {
  // Every character the shortcut accepts, between letters and spaces: none may end a sentence.
  const ACCEPTED = Array.from({ length: 0x2100 }, (_, code) => String.fromCharCode(code)).filter((char) => char !== '\n' && onlyLineBreaksEndSentences(char));

  it('accepts no character after which Intl.Segmenter can end a sentence', () => {
    expect(ACCEPTED.length).toBeGreaterThan(300);
    const mismatches: string[] = [];
    for (const char of ACCEPTED) {
      for (const text of [`Ab${char} Cd`, `ab${char} cd`, `Ab${char}${char} Cd`, `a${char}B`, `1${char} 2`, `${char} Ab\nCd ${char}`]) {
        expect(onlyLineBreaksEndSentences(text)).toBe(true);
        // The shortcut's sentences (one per line) against Intl.Segmenter's.
        if (JSON.stringify(spans(text)) !== JSON.stringify(lineByLine(text))) mismatches.push(JSON.stringify(text));
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('leaves . ! ? and CR to Intl.Segmenter', () => {
    for (const char of ['.', '!', '?', '\r', '\u2028', '\u0085']) expect(onlyLineBreaksEndSentences(`Ab${char} Cd`)).toBe(false);
  });
});

describe('work bounded by the draft, not by its number of lines', () => {
  afterEach(() => vi.restoreAllMocks());

  it('segments 20,000 short lines in a few dozen Intl.Segmenter calls', () => {
    const calls = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    const draft = 'Refund sent.\n'.repeat(20_000);
    expect(segmentSentences(draft)).toHaveLength(20_000);
    // 260,000 characters in pieces of at most 2,000: one call per piece (line by line, it was 20,000).
    expect(calls.mock.calls.length).toBeLessThanOrEqual(Math.ceil(draft.length / 2_000) + 1);
  });

  it('needs no Intl.Segmenter call for lines that no punctuation ends', () => {
    const calls = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    expect(segmentSentences('refund\n'.repeat(20_000))).toHaveLength(20_000);
    expect(calls).not.toHaveBeenCalled();
  });
});
