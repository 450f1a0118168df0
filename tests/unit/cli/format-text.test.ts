import { describe, expect, it } from 'vitest';
import { formatText, summarize } from '../../../lib/cli/format-text';
import { lineColumnLocator } from '../../../lib/cli/line-column';
import type { Finding, Severity } from '../../../lib/engine/types';

function finding(start: number, severity: Severity = 'warning', overrides: Partial<Finding> = {}): Finding {
  return { ruleId: 'tone.blame', title: 'Blaming the customer', category: 'tone', severity, message: 'Blame.', explanation: 'Why.', start, end: start + 1, ...overrides };
}

describe('lineColumnLocator', () => {
  it.each([
    { name: 'start of the text', text: 'abc', offset: 0, expected: { line: 1, column: 1 } },
    { name: 'inside the first line', text: 'abc', offset: 2, expected: { line: 1, column: 3 } },
    { name: 'the end of the text', text: 'abc', offset: 3, expected: { line: 1, column: 4 } },
    { name: 'a newline belongs to its line', text: 'ab\ncd', offset: 2, expected: { line: 1, column: 3 } },
    { name: 'after \\n', text: 'ab\ncd', offset: 4, expected: { line: 2, column: 2 } },
    { name: 'after blank lines', text: 'a\n\n\nb', offset: 4, expected: { line: 4, column: 1 } },
    { name: '\\r\\n counts as one break', text: 'a\r\n\r\nb', offset: 5, expected: { line: 3, column: 1 } },
    { name: 'a lone \\r is a break', text: 'a\rb', offset: 2, expected: { line: 2, column: 1 } },
    { name: 'columns count UTF-16 units', text: 'x\n😀 no', offset: 5, expected: { line: 2, column: 4 } },
  ])('$name', ({ text, offset, expected }) => {
    expect(lineColumnLocator(text)(offset)).toEqual(expected);
  });

  it('finds the line in a long text', () => {
    const text = Array.from({ length: 1000 }, (_, index) => `line ${index + 1}`).join('\n');
    expect(lineColumnLocator(text)(text.indexOf('line 777') + 3)).toEqual({ line: 777, column: 4 });
  });
});

describe('summarize', () => {
  it.each([
    { severities: [], expected: 'No findings.' },
    { severities: ['warning'], expected: '1 finding (1 warning)' },
    { severities: ['error', 'warning', 'warning'], expected: '3 findings (1 error, 2 warnings)' },
    { severities: ['info', 'error', 'info', 'error'], expected: '4 findings (2 errors, 2 info)' },
  ] as { severities: Severity[]; expected: string }[])('$expected', ({ severities, expected }) => {
    expect(summarize(severities.map((severity, index) => finding(index, severity)))).toBe(expected);
  });
});

describe('formatText', () => {
  it('says "No findings." without a header when there is nothing to report', () => {
    expect(formatText('draft.txt', '', [])).toBe('No findings.\n');
  });

  it('aligns locations on the colon and every other column, like ESLint stylish', () => {
    const draft = `${'x'.repeat(120)}\n${'\n'.repeat(9)}${'y'.repeat(5)}`;
    const findings = [
      finding(0, 'error', { ruleId: 'acme.x', message: 'Short.' }),
      finding(115, 'warning', { category: 'personalization', ruleId: 'personalization.name-unused', message: 'A longer message.' }),
      finding(132, 'info', { category: 'clarity', ruleId: 'clarity.y', message: 'Mid one.' }),
    ];
    expect(formatText('draft.txt', draft, findings)).toBe(
      [
        'draft.txt',
        '   1:1    tone             Short.             (acme.x)',
        '   1:116  personalization  A longer message.  (personalization.name-unused)',
        '  11:3    clarity          Mid one.           (clarity.y)',
        '',
        '3 findings (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('keeps each finding on one line even if a message has a line break', () => {
    const text = formatText('d.txt', 'abc', [finding(0, 'warning', { message: 'Two\n  lines.' })]);
    expect(text.split('\n')[1]).toBe('  1:1  tone  Two lines.  (tone.blame)');
  });
});
