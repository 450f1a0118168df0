import type { Span } from '../types';
import { findLinks, type LinkSpan } from './links';
import { findPlaceholders, type Placeholder } from './placeholders';
import { findQuotedHistory } from './quoted-history';
import { segmentSentences, type Sentence, type Word, wordsOf } from './segment';
import { findSignature } from './signature';

export interface Paragraph extends Span {
  sentences: Sentence[];
  wordCount: number;
}

/**
 * The draft as the rules see it. `prose` has the same length as the draft, with everything that is
 * not the agent's new writing (quoted history, the signature, macro placeholders) blanked out to
 * spaces, so every offset the rules find is already an offset into the original draft.
 */
export interface TextModel {
  draft: string;
  prose: string;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  words: Word[];
  placeholders: Placeholder[];
  signature?: Span;
  /** "Hi Sam," and the like, when the reply opens with one. */
  greeting?: Span;
}

// A line that starts with a bullet or a number: "- Product defects", "2. Go to Settings".
const LIST_ITEM = /(?:^|\n)[ \t]*(?:[-*•–]|\d{1,2}[.)])\s/;

const GREETING = /^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|greetings|howdy)\b/i;
const MAX_GREETING_WORDS = 6;

export function buildTextModel(draft: string): TextModel {
  const placeholders = findPlaceholders(draft);
  const withoutHistory = blankOut(draft, findQuotedHistory(draft));
  // The signature sits above any quoted history, so look for it once the history is blanked out.
  const signature = findSignature(withoutHistory);
  const blanked = blankOut(withoutHistory, [...placeholders, ...(signature ? [signature] : [])]);
  const prose = maskLinks(blanked, findLinks(blanked));
  const sentences = segmentSentences(prose);
  const paragraphs = groupParagraphs(prose, sentences);
  const words = wordsOf(sentences);
  const greeting = findGreeting(draft, sentences);
  return { draft, prose, sentences, paragraphs, words, placeholders, ...(signature ? { signature } : {}), ...(greeting ? { greeting } : {}) };
}

/** Replaces the spans with spaces, keeping line breaks so paragraphs stay apart. */
function blankOut(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const span of sorted) {
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    result += text.slice(cursor, start) + text.slice(start, span.end).replace(/[^\n]/g, ' ');
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

/** Links and e-mail addresses become one neutral word ("https://______"): no letters to judge, no "?" or "." to split on. */
function maskLinks(text: string, links: LinkSpan[]): string {
  if (links.length === 0) return text;
  let result = '';
  let cursor = 0;
  for (const link of links.sort((a, b) => a.start - b.start)) {
    if (link.start < cursor) continue;
    result += text.slice(cursor, link.start + link.keep) + '_'.repeat(link.end - link.start - link.keep);
    cursor = link.end;
  }
  return result + text.slice(cursor);
}

/**
 * Paragraphs are runs of sentences not separated by a blank line — the contract with the editor
 * reader, which puts a blank line between blocks. A list item on its own line is a block of its own.
 */
function groupParagraphs(prose: string, sentences: Sentence[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const sentence of sentences) {
    const breaks = current ? lineBreaksBetween(prose, current.end, sentence.start) : 'none';
    if (!current || breaks === 'blank line' || (breaks === 'line break' && LIST_ITEM.test(prose.slice(sentence.start - 4, sentence.start + 4)))) {
      current = { start: sentence.start, end: sentence.end, sentences: [], wordCount: 0 };
      paragraphs.push(current);
    }
    current.sentences.push(sentence);
    current.end = sentence.end;
    current.wordCount += sentence.words.length;
  }
  return paragraphs;
}

/** What separates two sentences: a blank line (two line breaks with only spaces or tabs between), a line break, or none. Read in place: a draft of many lines would otherwise copy each gap. */
function lineBreaksBetween(text: string, from: number, to: number): 'blank line' | 'line break' | 'none' {
  let lineBreak = false;
  let blankSinceLineBreak = false;
  for (let index = from; index < to; index++) {
    const char = text[index];
    if (char === '\n') {
      if (blankSinceLineBreak) return 'blank line';
      lineBreak = true;
      blankSinceLineBreak = true;
    } else if (char !== ' ' && char !== '\t') blankSinceLineBreak = false;
  }
  return lineBreak ? 'line break' : 'none';
}

function findGreeting(draft: string, sentences: Sentence[]): Span | undefined {
  const first = sentences[0];
  if (!first) return undefined;
  const text = draft.slice(first.start, first.end);
  if (!GREETING.test(text)) return undefined;
  // "Hi Sam, thanks for your patience while we..." : the greeting is the part before the first comma.
  const comma = text.search(/[,!—–-](?=\s|$)/);
  const end = comma === -1 ? first.end : first.start + comma + 1;
  const greetingWords = draft.slice(first.start, end).trim().split(/\s+/).length;
  return greetingWords <= MAX_GREETING_WORDS ? { start: first.start, end } : undefined;
}
