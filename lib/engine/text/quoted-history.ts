import type { Span } from '../types';

// Where earlier messages start when a reply quotes them: "On Mon, … wrote:" (may wrap onto a second
// line in Gmail), Outlook's "-----Original Message-----" or "From: … Sent: …" header.
const HISTORY_HEADERS = [
  /^[ \t]*On\b[^\n]{0,300}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$/m,
  /^[ \t]*-{2,}\s*Original Message\s*-{2,}[ \t]*$/im,
  /^[ \t]*_{10,}[ \t]*\n[ \t]*From:[^\n]*$/m,
  /^[ \t]*From:[^\n]+\n[ \t]*(?:Sent|Date):[^\n]+$/m,
];
const QUOTED_LINE = /^[ \t]*>[^\n]*$/gm;

/** Spans of the draft that quote earlier messages: `>` lines, and everything from a history header on. */
export function findQuotedHistory(draft: string): Span[] {
  const spans: Span[] = [];
  let historyStart = draft.length;
  for (const header of HISTORY_HEADERS) {
    const match = header.exec(draft);
    if (match && match.index < historyStart) historyStart = match.index;
  }
  for (const match of draft.matchAll(QUOTED_LINE)) {
    if (match.index >= historyStart) break;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  if (historyStart < draft.length) spans.push({ start: historyStart, end: draft.length });
  return spans;
}
