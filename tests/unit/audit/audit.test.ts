import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditSavedReplies, wordsOf } from '../../../lib/audit/audit';
import { readExport } from '../../../lib/audit/read-export';
import { defaultRuleSet } from '../../../lib/rules/default-pack';

const example = (name: string) => readFileSync(fileURLToPath(new URL(`../../../examples/exports/${name}`, import.meta.url)), 'utf8');

function auditOf(text: string, fileName = 'export.json') {
  const read = readExport(text, { fileName });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return auditSavedReplies(read.saved, defaultRuleSet(), { fileName, auditedOn: '2025-03-14' });
}

const ruleIdsOf = (report: ReturnType<typeof auditOf>, name: string) => report.replies.find((reply) => reply.name === name)!.findings.map((finding) => finding.ruleId);

describe('auditSavedReplies on each sample export: which replies need work, and which are clean', () => {
  it.each([
    {
      file: 'zendesk-macros.json',
      needWork: ['Refunds::Still waiting (3rd contact)', 'Shipping::Delay (carrier)', 'Escalate::Tier 2 (internal)', 'Warranty::Claim received', 'Refunds::Refund issued'],
      clean: ['Account::Password reset steps', 'Shipping::Tracking link'],
    },
    { file: 'freshdesk-canned-responses.json', needWork: ['Refund policy (standard)', 'Discount code not working', 'Damaged on arrival'], clean: ['Order status – where is my order'] },
    { file: 'helpscout-saved-replies.json', needWork: ['Billing: double charge', 'Billing: invoice copy', 'Chat: be right back'], clean: [] },
    { file: 'front-message-templates.json', needWork: ['Out of stock'], clean: [] },
    { file: 'saved-replies.csv', needWork: ['Subscription cancelled', 'Late reply apology'], clean: ['Greeting: first contact', 'Shipping abroad'] },
    { file: 'saved-replies.jsonl', needWork: ['Blender won\'t start'], clean: ['Noise while blending'] },
  ])('$file', ({ file, needWork, clean }) => {
    const report = auditOf(example(file), file);
    expect(report.replies.filter((reply) => reply.needsWork).map((reply) => reply.name)).toEqual(needWork);
    expect(report.replies.filter((reply) => reply.findings.length === 0).map((reply) => reply.name)).toEqual(clean);
    // Needing work comes first; the summary counts what the list shows.
    expect(report.replies.slice(0, needWork.length).every((reply) => reply.needsWork)).toBe(true);
    expect(report.summary.needingWork).toBe(needWork.length);
    expect(report.summary.findings).toBe(report.replies.reduce((sum, reply) => sum + reply.findings.length, 0));
  });

  it('the worst macro gets the findings a person would point out, each with its words', () => {
    const report = auditOf(example('zendesk-macros.json'));
    const worst = report.replies[0]!;
    expect(worst.name).toBe('Refunds::Still waiting (3rd contact)');
    expect(worst.findings.map((finding) => [finding.ruleId, finding.words])).toEqual([
      ['personalization.generic-greeting', 'Dear customer'],
      ['personalization.name-unused', 'Dear customer,'],
      ['tone.blame', 'As I already explained'],
      ['clarity.jargon', 'backend'],
      ['tone.flat-refusal', "we can't"],
      ['clarity.vague-time', 'soon'],
      // About something the reply lacks: a place, not words.
      ['follow-up.next-step', '(missing)'],
    ]);
  });

  it.each([
    { format: 'Zendesk', file: 'zendesk-macros.json', name: 'Shipping::Delay (carrier)', fix: 'Hello {{ticket.requester.first_name}},' },
    { format: 'Freshdesk', file: 'freshdesk-canned-responses.json', name: 'Discount code not working', fix: 'Hi {{ticket.requester.firstname}},' },
    { format: 'Help Scout', file: 'helpscout-saved-replies.json', name: 'Billing: double charge', fix: 'Hello {%customer.firstName,fallback=there%},' },
    { format: 'Front', file: 'front-message-templates.json', name: 'Out of stock', fix: 'Hi {{recipient.first_name}},' },
  ])("$format: a reply that never names the customer is told to, with the helpdesk's own placeholder as the fix", ({ file, name, fix }) => {
    const finding = auditOf(example(file), file).replies.find((reply) => reply.name === name)!.findings.find((item) => item.ruleId === 'personalization.name-unused')!;
    expect(finding.message).toBe("You know the customer's name; greet the customer by name.");
    expect(finding.suggestion).toEqual({ replacement: fix });
  });

  it('a name placeholder counts as using the name, in every syntax; a plain CSV gets no made-up fix', () => {
    const csv = auditOf(example('saved-replies.csv'), 'saved-replies.csv');
    expect(ruleIdsOf(csv, 'Greeting: first contact')).toEqual([]);
    const unused = csv.replies.find((reply) => reply.name === 'Subscription cancelled')!.findings.find((finding) => finding.ruleId === 'personalization.name-unused')!;
    expect(unused.suggestion).toBeUndefined();
    expect(ruleIdsOf(csv, 'Late reply apology')).toContain('personalization.generic-greeting');
    const greeting = csv.replies.find((reply) => reply.name === 'Late reply apology')!.findings.find((finding) => finding.ruleId === 'personalization.generic-greeting')!;
    expect(greeting.message).toBe('"Dear valued customer" is a form-letter greeting; use "Hi {first name}".');
    for (const reply of csv.replies) for (const finding of reply.findings) expect(JSON.stringify(finding)).not.toMatch(/Replycoachcustomer/);
  });

  it('a note macro is judged as an internal note: tone and clarity, nothing about the customer', () => {
    const report = auditOf(example('zendesk-macros.json'));
    const note = report.replies.find((reply) => reply.composer === 'note')!;
    expect(note.findings.map((finding) => finding.category).every((category) => category === 'tone' || category === 'clarity')).toBe(true);
    expect(note.findings.length).toBeGreaterThan(0);
  });

  it.each([
    { start: 0, end: 5, words: 'Hello' },
    { start: 6, end: 6, words: '(missing)' },
  ])('a finding at $start..$end shows the words "$words" (a place, where something is missing, is never empty words)', ({ start, end, words }) => {
    expect(wordsOf('Hello there.', { start, end })).toBe(words);
  });

  it('tallies by category and by rule, counting each reply once per rule', () => {
    const report = auditOf(example('zendesk-macros.json'));
    const vague = report.summary.byRule.find((tally) => tally.ruleId === 'clarity.vague-time')!;
    expect(vague).toMatchObject({ findings: 3, replies: 3, title: 'Vague time', category: 'clarity' });
    expect(report.summary.byRule[0]).toBe(vague);
    const clarity = report.summary.byCategory.find((tally) => tally.category === 'clarity')!;
    expect(clarity.replies).toBe(4);
    expect(report.summary.byCategory.map((tally) => tally.category)).toEqual(['tone', 'empathy', 'clarity', 'personalization', 'follow-up']);
  });
});
