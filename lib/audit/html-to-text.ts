import { compile } from 'html-to-text';

// How a person reads the HTML of a saved reply, as the engine's plain text: a blank line between
// paragraphs (`<p>`, headings, lists, quotes), a single line feed for `<br>` and for each `<div>`
// (editors write one per line), list items as "• " lines, links as their words, images left out.
const OPTIONS = {
  wordwrap: false as const,
  decodeEntities: true,
  // Hostile or broken HTML nested thousands deep must not exhaust the stack; no reply is that deep.
  limits: { maxDepth: 64 },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'ul', options: { itemPrefix: '• ' } },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'th', format: 'block', options: { uppercase: false } },
    { selector: 'td', format: 'block' },
  ],
};

// Compiled once: html-to-text builds its selector matcher per call otherwise, most of the time it takes.
let converter: ((html: string) => string) | undefined;

/** The text of a saved reply's HTML, paragraphs apart by one blank line. */
export function htmlToText(html: string): string {
  converter ??= compile(OPTIONS);
  return tidyText(converter(html));
}

/** Line ends as `\n`, no-break spaces as spaces, no spaces around line ends, at most one blank line in a row. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00A0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Tags an editor writes; "<name>" or "<3" in plain text are not among them.
const HTML_TAG = /<\/?(?:p|div|br|span|strong|b|em|i|u|a|ul|ol|li|h[1-6]|blockquote|table)\b[^>]*>/i;

/** Plain CSV and JSONL bodies are often copied out of a rich editor: read them as HTML when they are. */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}
