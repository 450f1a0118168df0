import { isTextArea } from '../../editors/editable';
import { historyHeader, messageText, ownWords } from './field-text';
import type { LatestCustomerMessage } from './thread';

/**
 * The message the agent is answering, quoted inside their own draft by an e-mail-style reply
 * ("On <date>, dana@example.com wrote:" and the quote, as Request Tracker and mail clients write it):
 * the customer's latest message when the page shows no thread. The engine already leaves the quoted
 * part out of what it judges.
 */
export function quotedInDraft(editor: HTMLElement, draft: string): LatestCustomerMessage | undefined {
  const header = historyHeader(draft);
  if (!header) return undefined;
  // In a rich editor the quote is the blockquote after the header (its own blockquotes are older history).
  const quote = isTextArea(editor) ? undefined : [...editor.querySelectorAll('blockquote')].find((element) => !element.parentElement?.closest('blockquote'));
  const text = (quote && messageText(quote)) || quotedLines(draft.slice(header.end));
  return text ? { text, author: quotedAuthor(header.line) } : undefined;
}

/** The "> " lines after the header, without their marks (older history, ">> ", left out); else all of it. */
function quotedLines(afterHeader: string): string | undefined {
  const lines = afterHeader.replace(/^\s*\n/, '').split('\n');
  const quoted = lines.findIndex((line) => /^\s*>/.test(line)) === 0 ? lines.filter((line) => /^\s*>(?!\s*>)/.test(line)).map((line) => line.replace(/^\s*> ?/, '')) : lines;
  return ownWords(quoted.join('\n'));
}

/**
 * Who wrote the quoted message, from its header: "… Dana Whitfield <dana@example.com> wrote:" or
 * "On <date>, dana@example.com wrote:" (an address alone names no one to greet, but still says who).
 */
export function quotedAuthor(header: string): string | undefined {
  const withAddress = /([^,<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*wrote:\s*$/i.exec(header);
  if (withAddress) {
    const words = withAddress[1]!.trim().split(/\s+/);
    // "… 2025 at 10:00 AM Dana Whitfield": the name is what follows the date and time.
    let start = 0;
    words.forEach((word, index) => {
      if (/\d|^(?:am|pm|at|on)$/i.test(word)) start = index + 1;
    });
    const name = words.slice(start).join(' ');
    return name ? `${name} <${withAddress[2]}>` : withAddress[2];
  }
  return /,\s*([^,]+?)\s+wrote:\s*$/i.exec(header)?.[1];
}
