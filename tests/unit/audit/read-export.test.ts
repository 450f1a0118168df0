import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readExport } from '../../../lib/audit/read-export';

const example = (name: string) => readFileSync(fileURLToPath(new URL(`../../../examples/exports/${name}`, import.meta.url)), 'utf8');

function saved(text: string, fileName?: string) {
  const result = readExport(text, fileName ? { fileName } : {});
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.problems)}`);
  return result.saved;
}

describe('readExport: the sample export of each helpdesk', () => {
  it.each([
    { file: 'zendesk-macros.json', format: 'zendesk', replies: 8, skipped: ['Close::Solved (no reply)', 'Holidays::Christmas hours 2023'] },
    { file: 'freshdesk-canned-responses.json', format: 'freshdesk', replies: 4, skipped: ['Placeholder – to be written'] },
    { file: 'helpscout-saved-replies.json', format: 'helpscout', replies: 4, skipped: [] },
    { file: 'front-message-templates.json', format: 'front', replies: 3, skipped: [] },
    { file: 'saved-replies.csv', format: 'csv', replies: 4, skipped: [] },
    { file: 'saved-replies.jsonl', format: 'jsonl', replies: 3, skipped: [] },
  ])('$file is read as $format', ({ file, format, replies, skipped }) => {
    const result = saved(example(file), file);
    expect(result.format).toBe(format);
    expect(result.replies).toHaveLength(replies);
    expect(result.skipped.map((entry) => entry.name)).toEqual(skipped);
    for (const reply of result.replies) {
      expect(reply.text).not.toMatch(/<\/?(?:p|div|br|li)\b/);
      expect(reply.text).not.toMatch(/\n{3}/);
    }
  });

  it('detects the helpdesk from the shape alone, whatever the file is called', () => {
    expect(saved(example('zendesk-macros.json')).format).toBe('zendesk');
    expect(saved(example('front-message-templates.json'), 'export.txt').format).toBe('front');
    expect(saved(example('saved-replies.jsonl')).format).toBe('jsonl');
    expect(saved(example('saved-replies.csv')).format).toBe('csv');
  });

  it('turns HTML into paragraphs a blank line apart, line breaks and list items a line feed apart, and keeps placeholders', () => {
    const zendesk = saved(example('zendesk-macros.json'));
    const reset = zendesk.replies.find((reply) => reply.name === 'Account::Password reset steps')!;
    expect(reset.text).toBe(
      [
        'Hi {{ticket.requester.first_name}},',
        '',
        'Here is how to set a new password:',
        '',
        '1. Go to acmeblenders.com/account and click Forgot password.',
        '2. Enter the email address you order with.',
        '3. Open the link we send you within 24 hours; after that it expires and you can ask for a new one.',
        '',
        "If the email doesn't show up within ten minutes, check your spam folder or reply here and I'll reset it for you.",
        '',
        '{{current_user.first_name}}',
      ].join('\n'),
    );
    const freshdesk = saved(example('freshdesk-canned-responses.json'));
    // Freshdesk writes a <div> per line and <div><br></div> between paragraphs.
    expect(freshdesk.replies.find((reply) => reply.name === 'Refund policy (standard)')!.text).toBe(
      'Dear Sir/Madam,\n\nPlease note that as per our policy refunds are only possible within 30 days. Obviously we cannot make exceptions.\n\nKind regards,\nCustomer Care',
    );
    const helpScout = saved(example('helpscout-saved-replies.json'));
    expect(helpScout.replies[0]!.text).toMatch(/^Hi \{%customer\.firstName,fallback=there%\},\n\nI've attached a copy of your invoice/);
    expect(helpScout.replies[0]!.text).toContain('from Settings > Billing in your account');
  });

  it('reads a Zendesk note macro as an internal note and the ["channel:all", text] form of a comment', () => {
    const replies = saved(example('zendesk-macros.json')).replies;
    expect(replies.find((reply) => reply.name === 'Escalate::Tier 2 (internal)')!.composer).toBe('note');
    expect(replies.find((reply) => reply.name === 'Warranty::Claim received')!.text).toMatch(/^Hi \{\{ticket\.requester\.first_name\}\},\n\nWe have received/);
    expect(replies.filter((reply) => reply.composer === 'reply')).toHaveLength(7);
  });

  it('says when a list is one page of several', () => {
    const page = JSON.stringify({ macros: [{ title: 'A', actions: [{ field: 'comment_value', value: 'Hello there.' }] }], next_page: 'https://x.zendesk.com/api/v2/macros.json?page=2', count: 240 });
    expect(saved(page).notes).toEqual(['This file is one page of the macros list (1 of 240 macros); fetch every page (next_page) to audit them all.']);
    const front = JSON.stringify({ _results: [{ id: 'rsp_1', name: 'A', body: '<p>Hello there.</p>' }], _pagination: { next: 'https://api2.frontapp.com/message_templates?page_token=abc' } });
    expect(saved(front).notes[0]).toMatch(/one page of the message templates/);
  });

  it('reads a single macro, canned response, saved reply or template (the API for one)', () => {
    expect(saved(JSON.stringify({ macro: { id: 1, title: 'One', actions: [{ field: 'comment_value', value: 'Hi there.' }] } })).replies[0]).toMatchObject({ entry: 'macro', name: 'One', id: '1' });
    expect(saved(JSON.stringify({ id: 5, title: 'One', content_html: '<div>Hi</div>', content: 'Hi' })).replies[0]).toMatchObject({ entry: '(root)', name: 'One', text: 'Hi' });
    expect(saved(JSON.stringify({ id: 'rsp_9', name: 'T', body: '<p>Hi</p>' })).format).toBe('front');
    expect(saved(JSON.stringify({ id: 7, name: 'S', text: 'Hi<br><br>there' })).replies[0]!.text).toBe('Hi\n\nthere');
  });
});

describe('readExport: a file it cannot read names the problem and the entry', () => {
  const macros = (actions: unknown[]) =>
    JSON.stringify({ macros: [0, 1, 2].map((index): { title: string; actions: unknown[] } => ({ title: `M${index}`, actions: [{ field: 'comment_value', value: 'Fine.' }] })).concat([{ title: 'Bad', actions }]) }, null, 2);

  it.each([
    {
      name: 'a comment that is not text',
      text: macros([{ field: 'status', value: 'open' }, { field: 'comment_value', value: 42 }]),
      problems: [{ path: 'macros[3].actions[1].value', message: 'expected a string (or ["channel:all", text]), not a number', line: 39 }],
    },
    {
      name: 'a macro without a title',
      text: JSON.stringify({ macros: [{ actions: [] }] }),
      problems: [{ path: 'macros[0].title', message: 'missing (expected a string)', line: 1 }],
    },
    {
      name: 'macros that are not a list',
      text: JSON.stringify({ macros: { title: 'x' } }),
      problems: [{ path: 'macros', message: 'expected a list, not an object', line: 1 }],
    },
    {
      name: 'a canned response with no content',
      text: JSON.stringify([{ id: 1, title: 'T', content_html: '<p>x</p>' }, { id: 2, title: 'U', content: null }]),
      problems: [{ path: '[1].content_html', message: 'missing (expected content_html or content, a string)', line: 1 }],
    },
    {
      name: "Help Scout's list endpoint, which has previews only",
      text: JSON.stringify([{ id: 1, name: 'Giving back', preview: 'Hi there, Yes! When you check out…' }]),
      problems: [{ path: '[0].text', message: expect.stringMatching(/^missing: the saved-replies list holds only a short preview; export each saved reply/), line: 1 }],
    },
    {
      name: 'a Front template whose body is not text',
      text: JSON.stringify({ _results: [{ id: 'rsp_1', name: 'T', body: ['<p>x</p>'] }] }),
      problems: [{ path: '_results[0].body', message: 'expected a string, not a list', line: 1 }],
    },
    {
      name: 'JSON of no known shape',
      text: '{"replies": []}',
      problems: [{ path: '(root)', message: expect.stringMatching(/^JSON of an unknown shape: expected one of Zendesk macros \(\{"macros": \[\.\.\.\]\}\), .*or name the format with --from$/) }],
    },
    {
      name: 'broken JSON',
      text: '{\n  "macros": [\n    {"title": "A",}\n  ]\n}',
      problems: [{ path: '(root)', message: expect.stringMatching(/^not valid JSON: /), line: 3 }],
    },
  ])('$name', ({ text, problems }) => {
    const result = readExport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(problems);
  });

  it.each([
    { name: 'no body column', text: 'name,text\nA,Hello\n', problems: [{ path: 'body', line: 1, message: 'missing the column "body" in the header row (found: "name", "text")' }] },
    { name: 'a row with a cell too few', text: 'name,body,id\nA,"Hi,\n\nthere",1\nB,Hello\n', problems: [{ path: '(root)', line: 5, message: 'expected 3 cells (name, body, id), found 2' }] },
    { name: 'an unclosed quote', text: 'name,body\nA,"Hi there\n', problems: [{ path: '(root)', line: 2, message: 'a quoted cell is never closed (a " is missing)' }] },
    { name: 'a row with no name', text: 'name,body\n,Hello\n', problems: [{ path: 'name', line: 2, message: 'empty: every saved reply needs a name' }] },
  ])('CSV: $name', ({ text, problems }) => {
    const result = readExport(text, { fileName: 'replies.csv' });
    expect(result.ok ? 'read' : result.problems).toEqual(problems);
  });

  it.each([
    { name: 'a misspelt key', text: '{"name": "A", "body": "Hi"}\n{"name": "B", "text": "Hi"}\n', problems: [{ path: 'body', line: 2, message: 'missing (expected a string)' }, { path: '(root)', line: 2, message: expect.stringMatching(/Unrecognized key: "text"/) }] },
    { name: 'a blank line between records', text: '{"name": "A", "body": "Hi"}\n\n{"name": "B", "body": "Hi"}\n', problems: [{ path: '(root)', line: 2, message: 'blank line between records; expected a JSON object' }] },
  ])('JSONL: $name', ({ text, problems }) => {
    const result = readExport(text, { fileName: 'replies.jsonl' });
    expect(result.ok ? 'read' : result.problems).toEqual(problems);
  });
});
