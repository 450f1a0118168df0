import { describe, expect, it } from 'vitest';
import { emailIn, personName, samePerson } from '../../../../lib/helpdesks/context/person-name';

describe('a person named on a page', () => {
  it.each([
    ['Dana Whitfield <dana@example.com>', 'Dana Whitfield'],
    ['"Dana Whitfield" <dana@example.com>', 'Dana Whitfield'],
    ['dana@example.com (Dana Whitfield)', 'Dana Whitfield'],
    ['Dana Whitfield (dana@example.com)', 'Dana Whitfield'],
    ['  Priya Shah\npriya@example.com\n+1 555 0100', 'Priya Shah'],
    ['Chloé Martin <chloe@example.fr>, Sam <sam@acme.example>', 'Chloé Martin'],
    ['Zoë', 'Zoë'],
    ['Whitfield, Dana', 'Dana Whitfield'],
    ['To: Chloé Martin <chloe.martin@example.fr>', 'Chloé Martin'],
  ])('%j names %j', (text, name) => {
    expect(personName(text)).toBe(name);
  });

  it.each([
    ['a bare address names no one to greet', 'dana@example.com'],
    ['<dana@example.com>', '<dana@example.com>'],
    ['a label', 'Requester:'],
    ['a role', 'Customer'],
    ['a sentence', 'Thanks for your patience, I will check the order now and come back to you'],
    ['a question', 'Who is this?'],
    ['a number', 'Order 884123'],
    ['nothing', '   '],
  ])('%s is no name (%j)', (_case, text) => {
    expect(personName(text)).toBeUndefined();
  });

  it.each([
    ['Dana Whitfield', 'dana whitfield', true],
    ['Dana Whitfield <dana@example.com>', 'D. W. <DANA@example.com>', true],
    ['Sam Rivera <sam@acme.example>', 'Google Account: Sam Rivera (sam@acme.example)', true],
    ['Dana Whitfield <dana@example.com>', 'Dana Whitfield <dana@other.example>', false],
    ['Dana Whitfield', 'Sam Rivera', false],
  ])('%j and %j are the same person: %s', (a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
  });

  it('finds the address in a label', () => {
    expect(emailIn('Google Account: Sam Rivera\n(sam@acme.example)')).toBe('sam@acme.example');
  });
});
