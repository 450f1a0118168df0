// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanSubject } from '../../../../lib/helpdesks/context/clean-subject';
import { subjectFromTitle } from '../../../../lib/helpdesks/context/document-title';
import { subjectFromHeading } from '../../../../lib/helpdesks/context/page-heading';
import { subjectFromField } from '../../../../lib/helpdesks/context/subject-field';
import { pageWithEditor } from './page';

describe('the subject', () => {
  it.each([
    ["RT's reply page: the subject input", '<form><input name="UpdateSubject" value="Refund still missing"><textarea></textarea></form>', 'Refund still missing'],
    ['a subject heading with the ticket number in it', '<h2 class="ticket-subject-heading">Mug arrived broken<small>#9021</small></h2><div contenteditable="true"></div>', 'Mug arrived broken'],
    ['a "Subject:" label and its value', '<dl><dt>Subject:</dt><dd>Wrong size delivered</dd></dl><div contenteditable="true"></div>', 'Wrong size delivered'],
    ['the nearest of two tickets’ subjects', '<section><input data-test-id="subject" value="Other ticket"></section><section><input data-test-id="subject" value="This ticket"><div><div contenteditable="true"></div></div></section>', 'This ticket'],
  ])('from a field: %s', (_case, html, subject) => {
    expect(subjectFromField(pageWithEditor(html))).toBe(subject);
  });

  it.each([
    ['a search box', '<input type="search" name="subject-search" value="refund"><textarea></textarea>'],
    ['a label alone', '<label class="subject-label">Subject</label><textarea></textarea>'],
  ])('never from %s', (_case, html) => {
    expect(subjectFromField(pageWithEditor(html))).toBeUndefined();
  });

  it.each([
    ["RT's heading", '<div id="header"><h1>Update ticket #12: Refund still missing</h1></div><textarea></textarea>', [], 'Refund still missing'],
    ['a plain heading', '<h1>Parcel arrived damaged</h1><div contenteditable="true"></div>', [], 'Parcel arrived damaged'],
    ["a chat's heading naming the customer is no subject", '<h1>Tom Becker</h1><div contenteditable="true"></div>', ['Tom Becker'], undefined],
    ['a place in the app is no subject', '<h1>Inbox</h1><div contenteditable="true"></div>', [], undefined],
  ])('from the heading: %s', (_case, html, notThese, subject) => {
    expect(subjectFromHeading(pageWithEditor(html), notThese)).toBe(subject);
  });

  it.each([
    ['#4711 Cannot export report - Zoho Desk', [], 'Cannot export report'],
    ['Mug arrived broken : Acme Support', [], 'Mug arrived broken'],
    ['Refund for order #88412 – Sam Rivera – Zendesk', [], 'Refund for order #88412'],
    ['Invoice question - sam@acme.example - Acme Mail', [], 'Invoice question'],
    ['#12: Refund still missing', [], 'Refund still missing'],
    ['Tom Becker | Inbox | Intercom', ['Tom Becker'], undefined],
    ['Inbox | HubSpot', [], undefined],
    ['Ticket 31337 - Gorgias', [], undefined],
    ['00001042 | Case | Salesforce', [], undefined],
  ])('from the title %j', (title, notThese, subject) => {
    expect(subjectFromTitle(pageWithEditor('<textarea></textarea>', title), notThese)).toBe(subject);
  });

  it.each([
    ['Update ticket #12: Printer offline', 'Printer offline'],
    ['[acme.example #12] Printer offline', 'Printer offline'],
    ['Case 00001042 - Printer offline', 'Printer offline'],
    ['Printer offline (#12)', 'Printer offline'],
    ['2 items missing from order #88412', '2 items missing from order #88412'],
    ['Re: RE: Invoice question', 'Invoice question'],
    ['Mug arrived broken#9021', 'Mug arrived broken'],
  ])('%j without its ticket number is %j', (text, subject) => {
    expect(cleanSubject(text)).toBe(subject);
  });
});
