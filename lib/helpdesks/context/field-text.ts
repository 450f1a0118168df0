import { visibleText } from '../dom-text';

/** Quoted history inside a message: e-mail clients put earlier messages in these. */
export const QUOTED_HISTORY = 'blockquote, .gmail_quote';

// Where a quoted earlier message starts in plain text: "On Mon, … wrote:" (may wrap onto a second
// line), Outlook's "-----Original Message-----" or "From: … Sent: …".
const HISTORY_HEADER = /^[ \t]*(?:On\b[^\n]{0,300}(?:\n[^\n]{0,200})?\bwrote:|-{2,}\s*Original Message\s*-{2,}|From:[^\n]+\n[ \t]*(?:Sent|Date):[^\n]*)[ \t]*$/im;

/** What a field shows: an input's value, a select's chosen option, or the element's visible text. */
export function fieldText(element: Element | undefined, skip?: string): string | undefined {
  if (element?.tagName === 'SELECT') return (element as HTMLSelectElement).selectedOptions[0]?.text.trim() || undefined;
  return visibleText(element, skip);
}

/** A message's own words: without quoted history, neither quoted elements nor "On … wrote:" and what follows, nor "> " lines. */
export function messageText(element: Element | undefined, skip?: string): string | undefined {
  return ownWords(fieldText(element, skip ? `${QUOTED_HISTORY}, ${skip}` : QUOTED_HISTORY) ?? '');
}

/** Text without the history it quotes: from an "On … wrote:" line on, and "> " lines. */
export function ownWords(text: string): string | undefined {
  const header = HISTORY_HEADER.exec(text);
  const own = (header ? text.slice(0, header.index) : text)
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
    .trim();
  return own || undefined;
}

/** The "On … wrote:" header of quoted history in `text`, with where it starts and ends. */
export function historyHeader(text: string): { start: number; end: number; line: string } | undefined {
  const header = HISTORY_HEADER.exec(text);
  return header ? { start: header.index, end: header.index + header[0].length, line: header[0].trim() } : undefined;
}
