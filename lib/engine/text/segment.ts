import type { Span } from '../types';

export interface Word extends Span {
  text: string;
}

export interface Sentence extends Span {
  words: Word[];
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

// Node 20's V8 segments a long string in quadratic time, so the segmenter only ever sees bounded
// pieces: one line at a time, and a long line cut after a sentence end near this size.
const MAX_PIECE = 2_000;
const SENTENCE_END = /[.!?…]["'”’)]*\s+/g;

/**
 * Sentences of `text` with their words, offsets into `text`. Every line break ends a sentence:
 * replies are full of greeting lines and list items that have no final punctuation.
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    for (const piece of boundedPieces(text, lineStart, lineEnd)) segmentPiece(text, piece, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function* boundedPieces(text: string, start: number, end: number): Generator<Span> {
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
  for (const segment of sentenceSegmenter.segment(pieceText)) {
    const words = segmentWords(segment.segment, piece.start + segment.index);
    if (words.length === 0) continue;
    into.push({ start: words[0]!.start, end: trimmedEnd(text, piece.start + segment.index + segment.segment.length), words });
  }
}

/** Word-like segments (no punctuation or spaces) of a short text that starts at `offset`. */
export function segmentWords(text: string, offset = 0): Word[] {
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
