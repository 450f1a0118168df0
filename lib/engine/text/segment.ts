import type { Span } from '../types';
import { plainSentenceSegments } from './sentence-breaks';

export interface Word extends Span {
  text: string;
}

export interface Sentence extends Span {
  words: Word[];
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

// Intl.Segmenter's word iterator costs about a microsecond per word in V8, the largest part of
// analysing a long draft. For text made only of Latin letters, ASCII digits and common
// punctuation, the Unicode word rules (UAX #29) that matter come down to one regular expression
// that finds the same word-like segments: runs of letters, digits and "_" (which joins what it
// touches: "@dana_w", a masked link's "______"; a lone "_" is no word), joined across ' ’ ‘ . : between two letters and
// across ' ’ ‘ . , ; between two digits ("can't", "e.g", "1,000.50"). Anything else (other
// scripts, combining marks, emoji, soft hyphens) goes to Intl.Segmenter.
// tests/corpus/segment-words.test.ts checks the two agree, on the corpus and on random text.
const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const SIMPLE_TEXT = /^[\t\n\r\x20-\x7E\u00A0-\u00AC\u00AE-\u00B1\u00B4-\u00B6\u00BA\u00BB\u00BF-\u024F\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC]*$/;
const SIMPLE_WORD = new RegExp(
  `[${LETTER}0-9_]+(?:(?:(?<=[${LETTER}])[:.'\u2018\u2019](?=[${LETTER}])|(?<=[0-9])[,;.'\u2018\u2019](?=[0-9]))[${LETTER}0-9_]+)*`,
  'g',
);

// Node 20's V8 segments a long string in quadratic time, so the segmenter only ever sees bounded
// pieces: whole lines gathered up to this size, and a longer line cut after a sentence end near it.
// Each call also has a fixed cost of several microseconds, so a draft of many short lines is not
// segmented line by line. A line break always ends a sentence (Unicode rule SB4) and no rule looks
// across one, so gathering lines gives the same sentences as segmenting each line on its own.
const MAX_PIECE = 2_000;
const MASKED = /^_+$/;
const SENTENCE_END = /[.!?…]["'”’)]*\s+/g;

/**
 * Sentences of `text` with their words, offsets into `text`. Every line break ends a sentence:
 * replies are full of greeting lines and list items that have no final punctuation.
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const piece of boundedPieces(text)) segmentPiece(text, piece, sentences);
  return sentences;
}

/** The text cut at line breaks into pieces of at most MAX_PIECE characters (a longer line cut on its own). */
function* boundedPieces(text: string): Generator<Span> {
  let pieceStart = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd - lineStart > MAX_PIECE) {
      if (lineStart > pieceStart) yield { start: pieceStart, end: lineStart };
      yield* longLinePieces(text, lineStart, lineEnd);
      pieceStart = lineEnd + 1;
    } else if (lineEnd - pieceStart > MAX_PIECE) {
      yield { start: pieceStart, end: lineStart };
      pieceStart = lineStart;
    }
    lineStart = lineEnd + 1;
  }
  if (text.length > pieceStart) yield { start: pieceStart, end: text.length };
}

function* longLinePieces(text: string, start: number, end: number): Generator<Span> {
  let pieceStart = start;
  while (end - pieceStart > MAX_PIECE) {
    const window = text.slice(pieceStart, pieceStart + MAX_PIECE);
    let cut = -1;
    for (const match of window.matchAll(SENTENCE_END)) cut = match.index + match[0].length;
    if (cut <= 0) cut = window.lastIndexOf(' ') + 1 || MAX_PIECE;
    yield { start: pieceStart, end: pieceStart + cut };
    pieceStart += cut;
  }
  if (end > pieceStart) yield { start: pieceStart, end };
}

function segmentPiece(text: string, piece: Span, into: Sentence[]): void {
  const pieceText = text.slice(piece.start, piece.end);
  if (onlyLineBreaksEndSentences(pieceText)) {
    segmentLines(text, piece, pieceText, into);
    return;
  }
  const segments = SIMPLE_TEXT.test(pieceText) ? plainSentenceSegments(pieceText) : sentenceSegmenter.segment(pieceText);
  for (const segment of segments) {
    const words = segmentWords(segment.segment, piece.start + segment.index).filter(isNotMasked);
    if (words.length === 0) continue;
    into.push({ start: words[0]!.start, end: trimmedEnd(text, piece.start + segment.index + segment.segment.length), words });
  }
}

/**
 * A piece where only line breaks can end a sentence: its sentences are its lines. Found without
 * Intl.Segmenter, whose per-segment cost dominates a draft of many short lines, and with the words
 * of the whole piece found in one pass (no word runs across a line break) and then shared out.
 */
function segmentLines(text: string, piece: Span, pieceText: string, into: Sentence[]): void {
  const words = segmentWords(pieceText, piece.start).filter(isNotMasked);
  let index = 0;
  while (index < words.length) {
    const newline = text.indexOf('\n', words[index]!.start);
    const lineEnd = newline === -1 || newline > piece.end ? piece.end : newline;
    const lineWords: Word[] = [];
    while (index < words.length && words[index]!.start < lineEnd) lineWords.push(words[index++]!);
    into.push({ start: lineWords[0]!.start, end: trimmedEnd(text, lineEnd), words: lineWords });
  }
}

/** A masked link ("https://____") is one word, not its path's pieces (lib/engine/text/text-model.ts). */
const isNotMasked = (word: Word) => !MASKED.test(word.text);

// Plain text with no character after which the Unicode sentence rules can break but the line
// break: no . ! ? (and no CR or other separator, which SIMPLE_TEXT keeps out). Tested in
// tests/unit/engine/segment-sentences.test.ts against Intl.Segmenter.
const NO_SENTENCE_END = /^[\t\n\x20\x22-\x2D\x2F-\x3E\x40-\x7E\u00A0-\u00AC\u00AE-\u00B1\u00B4-\u00B6\u00BA\u00BB\u00BF-\u024F\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC]*$/;

/** Whether only line breaks can end a sentence in this text, so that its sentences are its lines. */
export function onlyLineBreaksEndSentences(text: string): boolean {
  return NO_SENTENCE_END.test(text);
}

/** The words of the sentences, in order. A loop: Array.prototype.flatMap costs about 1 µs per word in Node 20. */
export function wordsOf(sentences: readonly Sentence[]): Word[] {
  const words: Word[] = [];
  for (const sentence of sentences) for (const word of sentence.words) words.push(word);
  return words;
}

/** Word-like segments (no punctuation or spaces) of a short text that starts at `offset`. */
export function segmentWords(text: string, offset = 0): Word[] {
  if (!SIMPLE_TEXT.test(text)) return segmentWordsWithIntl(text, offset);
  const words: Word[] = [];
  // exec on the one global RegExp: matchAll would copy the RegExp for every sentence.
  SIMPLE_WORD.lastIndex = 0;
  for (let match = SIMPLE_WORD.exec(text); match; match = SIMPLE_WORD.exec(text)) {
    // A lone "_" is not word-like to Intl.Segmenter (two or more are: a masked link's "______").
    if (match[0] === '_') continue;
    words.push({ start: offset + match.index, end: offset + match.index + match[0].length, text: match[0] });
  }
  return words;
}

/** The same, by the Unicode word rules of Intl.Segmenter: right for every script, and slower. */
export function segmentWordsWithIntl(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  for (const segment of wordSegmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    words.push({ start: offset + segment.index, end: offset + segment.index + segment.segment.length, text: segment.segment });
  }
  return words;
}

function trimmedEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
