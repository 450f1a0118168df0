import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';

// Issue #2's promise for the bundled pack, end to end through analyze().
describe('the default pack', () => {
  const customerMessage = 'Hi, I ordered the walnut desk (order 5531) three weeks ago and it still has not shipped. When will it ship?';
  const customerName = 'Maya Okafor';

  it('catches blame, shouting, vague times, a missing name and a generic template', () => {
    const draft = 'Dear customer,\n\nAs I already explained, you should have read the shipping policy. It will ship SOON, PLEASE BE PATIENT.\n\nRegards,\nSupport';
    const findings = analyze({ draft, customerMessage, customerName }).findings;
    const ids = findings.map((finding) => finding.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['tone.blame', 'tone.shouting', 'clarity.vague-time', 'personalization.generic-greeting']));
    // "Dear customer" is one problem with one fix, the name in its place: not a second finding on the same words.
    expect(ids).not.toContain('personalization.name-unused');
    expect(findings.find((finding) => finding.ruleId === 'personalization.generic-greeting')!.suggestion?.replacement).toBe('Hi Maya');
    const plain = analyze({ draft: 'Hello,\n\nI looked at order 5531: it leaves our workshop on Thursday and the courier delivers within 3 business days.', customerMessage, customerName });
    expect(plain.findings.map((finding) => finding.ruleId)).toContain('personalization.name-unused');
  });

  it('passes a polite, specific, personal reply clean', () => {
    const draft = [
      'Hi Maya,',
      '',
      "Thanks for checking in, and I'm sorry the walnut desk is taking this long.",
      'I looked at order 5531: it leaves our workshop on Thursday, June 12, and the courier delivers within 3 business days.',
      "You'll get an email with the tracking link as soon as it ships.",
      '',
      "If it hasn't arrived by June 17, reply here and I'll sort it out myself.",
      '',
      'Best regards,',
      'Sam',
    ].join('\n');
    expect(analyze({ draft, customerMessage, customerName }).findings).toEqual([]);
  });
});
