// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { quotedAuthor, quotedInDraft } from '../../../../lib/helpdesks/context/quoted-in-draft';
import { readDraft } from '../../../../lib/editors/read-draft';
import { pageWithEditor } from './page';

function quoted(html: string) {
  const editor = pageWithEditor(html);
  return quotedInDraft(editor, readDraft(editor).text);
}

describe('the message quoted inside the draft', () => {
  it.each([
    [
      "RT's quoted reply in CKEditor (a <pre> in a blockquote)",
      '<div contenteditable="true"><p>Hi Dana,</p><p>On Mon Nov 24 10:00:00 2025, dana@example.com wrote:</p><blockquote><pre>Where is my refund?\nThis is the third time I ask.</pre></blockquote></div>',
      { text: 'Where is my refund? This is the third time I ask.', author: 'dana@example.com' },
    ],
    [
      'a mail client quote with older history inside it',
      '<div contenteditable="true"><p>Thanks!</p><div>On Tue, Nov 25, 2025 at 9:12 AM Olivia Chen &lt;olivia@client.example&gt; wrote:</div><blockquote><p>The VAT number is still wrong.</p><blockquote><p>Which number should it be?</p></blockquote></blockquote></div>',
      { text: 'The VAT number is still wrong.', author: 'Olivia Chen <olivia@client.example>' },
    ],
    [
      'a plain-text reply (RT without the rich editor): "> " lines',
      '<textarea>Hi Dana,\n\nOn Mon Nov 24 10:00:00 2025, dana@example.com wrote:\n> Where is my refund?\n> It has been two weeks.\n>> older history\n\nKind regards</textarea>',
      { text: 'Where is my refund?\nIt has been two weeks.', author: 'dana@example.com' },
    ],
  ])('%s', (_case, html, expected) => {
    expect(quoted(html)).toEqual(expected);
  });

  it.each([
    ['a draft that quotes nothing', '<div contenteditable="true"><p>Hi Dana, your refund is on its way.</p></div>'],
    ['a blockquote without a header ("wrote:")', '<div contenteditable="true"><blockquote><p>Our policy says 30 days.</p></blockquote></div>'],
  ])('%s gives none', (_case, html) => {
    expect(quoted(html)).toBeUndefined();
  });

  it.each([
    ['On Mon, Nov 24, 2025 at 10:00 AM Dana Whitfield <dana@example.com> wrote:', 'Dana Whitfield <dana@example.com>'],
    ['On 24/11/2025 10:00, Dana Whitfield wrote:', 'Dana Whitfield'],
    ['On Mon Nov 24 10:00:00 2025, dana@example.com wrote:', 'dana@example.com'],
  ])('%j was written by %j', (header, author) => {
    expect(quotedAuthor(header)).toBe(author);
  });
});
