import { describe, expect, it } from 'vitest';
import { analyze, buildTextModel } from '../../../lib/engine';

const ruleIds = (draft: string, extra: Record<string, string> = {}) => analyze({ draft, ...extra }).findings.map((finding) => finding.ruleId);

describe('text model', () => {
  it('keeps every sentence offset pointing at the same words in the original draft (from its first word)', () => {
    const draft = 'Hi Sam,\n\nYour refund 😀 was sent today. It takes 3-5 days!\n\n- Step one\n- Step two';
    const model = buildTextModel(draft);
    expect(model.sentences.map((sentence) => draft.slice(sentence.start, sentence.end))).toEqual([
      'Hi Sam,',
      'Your refund 😀 was sent today.',
      'It takes 3-5 days!',
      'Step one',
      'Step two',
    ]);
    expect(model.greeting && draft.slice(model.greeting.start, model.greeting.end)).toBe('Hi Sam,');
  });

  it('reports UTF-16 offsets after astral characters', () => {
    const draft = '🙂🙂 As I already explained, no.';
    const blame = analyze({ draft }).findings.find((finding) => finding.ruleId === 'tone.blame')!;
    expect(draft.slice(blame.start, blame.end)).toBe('As I already explained');
  });

  it('does not judge quoted history: "On … wrote:" blocks and ">" lines', () => {
    const draft = [
      'Thanks for your patience, I have updated your account settings.',
      '',
      '> YOU SHOULD HAVE SENT IT YESTERDAY!!!',
      '',
      'On Mon, 3 Jun 2024 at 10:02, Jo Bloggs <jo@example.com>',
      'wrote:',
      '> As I already explained, this is ridiculous.',
    ].join('\n');
    expect(ruleIds(draft)).toEqual([]);
  });

  it('does not judge the signature block or a "-- " signature', () => {
    expect(ruleIds('Your new settings are saved.\n\nBest regards,\nSAM LEE\nACME SUPPORT TEAM')).toEqual([]);
    expect(ruleIds('Your new settings are saved.\n-- \nObviously Sam\nACME SUPPORT TEAM')).toEqual([]);
  });

  it.each([
    ['Which version are you on? Let us know. Thanks, AK', 'Thanks, AK'],
    ['Glad that worked! Cheers, JM.', 'Cheers, JM.'],
    // Thanking the customer by name is part of the reply.
    ['Your refund is on its way. Thanks, Sam.', undefined],
    ['Thanks, AK', undefined],
  ])('reads a sign-off with initials at the end of the last sentence as the signature: %s', (draft, signature) => {
    const model = buildTextModel(draft);
    expect(model.signature && draft.slice(model.signature.start, model.signature.end)).toBe(signature);
  });

  it('does not ask what the initials after a closing "Thanks," mean', () => {
    const draft = 'Hi there, sorry to hear about this. Which version of the editor are you using and on which OS? Could you let us know when exactly it crashes? Does it crash while using a specific tool or feature? We are here to help, we just need some more info. Thanks, AK';
    expect(ruleIds(draft, { customerMessage: 'my pc keeps crashing when I edit photos' })).not.toContain('clarity.unexplained-acronym');
  });

  it('keeps a closing sentence that merely starts like a sign-off', () => {
    const model = buildTextModel('Your refund is on its way.\n\nThanks for bearing with us while we sorted this out, as I already explained.');
    expect(model.signature).toBeUndefined();
    expect(ruleIds(model.draft)).toContain('tone.blame');
  });

  it('skips macro placeholders and counts a name placeholder as using the name', () => {
    const draft = 'Hi {{ticket.requester.first_name}},\n\nYour order {{ORDER_NUMBER}} ships today. [AGENT NAME] will follow up.';
    expect(ruleIds(draft, { customerName: 'Sam Lee' })).toEqual([]);
  });

  it.each([
    ['Zendesk, Liquid filter', 'Hi {{ticket.requester.first_name | capitalize}},', true],
    ['Freshdesk', 'Hi {{ticket.requester.name}},', true],
    ['Front', 'Hi {{recipient.first_name}},', true],
    ['Help Scout, with a fallback', 'Hi {%customer.firstName,fallback=there%},', true],
    ['a Liquid tag around the greeting', '{% if ticket.requester.first_name %}Hi there,{% endif %}', true],
    ["Zendesk's agent", 'Hi, {{current_user.first_name}} here.', false],
    ["Front's teammate", 'Hi, {{user.first_name}} here.', false],
    ["Help Scout's agent", 'Hi, {%user.firstName%} here.', false],
  ])('a %s placeholder is blanked and counts as the customer name: %s → %s', (_helpdesk, greeting, isCustomerName) => {
    const model = buildTextModel(`${greeting}\n\nYour replacement ships today.`);
    expect(model.placeholders.length).toBeGreaterThan(0);
    for (const placeholder of model.placeholders) expect(model.prose.slice(placeholder.start, placeholder.end).trim()).toBe('');
    expect(model.placeholders.some((placeholder) => placeholder.isCustomerName)).toBe(isCustomerName);
  });

  it('finds nothing in an empty or blank draft', () => {
    expect(analyze({ draft: '' }).findings).toEqual([]);
    expect(analyze({ draft: ' \n\n\t ', customerName: 'Sam', customerMessage: 'I am furious!!!' }).findings).toEqual([]);
  });

  it('returns findings sorted by position in the draft', () => {
    const draft = 'Dear customer, we will reply soon!!! As I already explained, PLEASE WAIT. Obviously.';
    const starts = analyze({ draft, customerName: 'Sam' }).findings.map((finding) => finding.start);
    expect(starts.length).toBeGreaterThan(4);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
