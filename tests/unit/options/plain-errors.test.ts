import { describe, expect, it } from 'vitest';
import { plainMessage } from '../../../lib/options/plain-errors';

describe('validation errors in plain words', () => {
  it.each([
    { path: 'rules[0].message', message: 'Invalid input: expected string, received undefined', plain: 'Fill this in.' },
    { path: 'name', message: 'Too small: expected string to have >=1 characters', plain: 'Fill this in.' },
    { path: 'rules[0].phrases', message: 'give at least one entry in "phrases" or "patterns"', plain: 'Add at least one phrase.' },
    { path: 'needs', message: 'Too small: expected array to have >=1 items', plain: 'Add at least one need.' },
    { path: 'max', message: 'Invalid input: expected number, received NaN', plain: 'Type a number.' },
    { path: 'max', message: 'Too small: expected number to be >0', plain: 'Use a number above 0.' },
    { path: 'max', message: 'Too small: expected number to be >=0', plain: 'Use a number of at least 0.' },
    { path: 'triggers', message: 'give "customer" and/or "draft" triggers', plain: "Add at least one phrase for the customer's message or the reply." },
    { path: 'rules[0]', message: 'Unrecognized key: "extra"', plain: '"extra" is not a setting of this kind of rule.' },
    { path: 'id', message: 'ids are lower-case words joined by "." or "-", e.g. "tone.blame"', plain: 'Use lower-case words joined by "." or "-", e.g. "acme.competitor-names".' },
    {
      path: 'patterns[0]',
      message: 'not a valid pattern for the linear-time regex engine (RE2 syntax: no look-around or back-references): error parsing regexp: invalid or unsupported Perl syntax: `(?=`',
      plain: 'Reply Coach cannot run this pattern: look-around, like (?=…), and back-references, like \\1, are not supported.',
    },
    { path: 'phrases[1]', message: 'unknown slot {bogus}', plain: 'Unknown slot {bogus}.' },
  ])('$message → $plain', ({ path, message, plain }) => {
    expect(plainMessage({ path, message })).toBe(plain);
  });
});
