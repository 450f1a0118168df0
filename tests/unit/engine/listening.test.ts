import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '../../../lib/engine';
import { readMood } from '../../../lib/engine/customer/mood';
import { findQuestions } from '../../../lib/engine/customer/questions';

/** "ruleId" or "ruleId/need" for every finding, so tables can name a topic's need. */
const found = (findings: Finding[]) => findings.map((finding) => (finding.need ? `${finding.ruleId}/${finding.need}` : finding.ruleId));

describe("reading the customer's mood", () => {
  it.each([
    ["This is the third time I'm writing and still no refund. Unacceptable.", ['upset', 'repeat']],
    ['I am so frustrated, the app crashes every time I open it', ['upset']],
    ['I need this fixed TODAY, my flight leaves tomorrow', ['urgent']],
    ["I'm not happy at all with this service", ['upset']],
    ['What are your opening hours?', ['neutral']],
    ['Thanks so much, you guys are great!', ['positive']],
    ["Just flying with you tonight, can't wait, love this airline!!", ['positive']],
    // Upset means upset with us: not a calm bug report, not anger at someone else, not a patient reminder.
    ['My video shows an error when I upload it. Is it a bug or a problem on my end?', ['neutral']],
    ['My bank was useless, 40 minutes on hold and then they hung up. I am so fed up with them. Is there another way to pay?', ['neutral']],
    ['Awaiting response @HPSupport', ['repeat']],
    ['I filled in a form on 27/09 and still no answer... is that normal ???', ['upset', 'repeat']],
    ["I'm very worried, my mother is flying alone tomorrow and her wheelchair wasn't booked", ['upset']],
    ['Worst airline ever. My bag did not make it 😡', ['upset']],
    ['Lovely crew, the seat was terrible but great service nonetheless, thank you so much!', ['positive']],
  ])('%s → %j', (message, states) => {
    expect(readMood(message).states).toEqual(states);
  });

  it('points at the words that gave the mood away', () => {
    const message = 'Nobody has helped me for days!!!';
    const cues = readMood(message).cues.map((cue) => `${cue.kind}:${message.slice(cue.start, cue.end)}`);
    expect(cues).toEqual(expect.arrayContaining(['upset:Nobody has helped', 'repeat:for days', 'emphasis:!!!']));
  });
});

describe("finding the customer's questions", () => {
  it('finds explicit questions and indirect requests, with their offsets', () => {
    const message = "Hi. My order 991 is late. When will it arrive? Please tell me if I can change the address. Thanks!";
    const questions = findQuestions(message);
    expect(questions.map((question) => [question.kind, message.slice(question.start, question.end)])).toEqual([
      ['question', 'When will it arrive?'],
      ['request', 'Please tell me if I can change the address.'],
    ]);
  });

  it('ignores rhetorical questions', () => {
    expect(findQuestions('Are you kidding me? Seriously?')).toEqual([]);
  });
});

describe('listening to the customer (tables of customer message and draft)', () => {
  it.each([
    {
      name: 'an upset customer, no acknowledgement',
      customer: "I've been waiting two weeks and I'm really frustrated.",
      draft: 'Your account is now active and the settings are saved.',
      expected: ['empathy.acknowledge-feelings'],
      forbidden: [],
    },
    {
      name: 'an upset customer, a specific acknowledgement',
      customer: "I've been waiting two weeks and I'm really frustrated.",
      draft: "I'm sorry you've waited two weeks for this. Your account is now active and the settings are saved.",
      expected: [],
      forbidden: ['empathy.acknowledge-feelings'],
    },
    {
      name: 'an upset customer, only a stock apology',
      customer: 'This is ridiculous, nobody has helped me.',
      draft: 'We apologize for any inconvenience. Your account is now active.',
      // A stock apology is an acknowledgement of sorts: a soft hint, not the warning.
      expected: ['empathy.stock-apology', 'tone.robotic-boilerplate'],
      forbidden: ['empathy.acknowledge-feelings'],
    },
    {
      name: 'a neutral question answered plainly',
      customer: 'What are your opening hours on Saturday?',
      draft: "We're open from 9am to 5pm on Saturdays.",
      expected: [],
      forbidden: ['empathy.acknowledge-feelings', 'follow-up.unanswered-question'],
    },
    {
      name: 'a happy customer',
      customer: 'Thanks so much, the replacement works perfectly!',
      draft: 'Glad to hear it works, enjoy it!',
      expected: [],
      forbidden: ['empathy.acknowledge-feelings'],
    },
    {
      name: 'a refund reply that already gives a timeline',
      customer: 'Where is my refund?',
      draft: 'Your refund of $49.00 was issued today and reaches your card within 5 business days; you will get a confirmation email.',
      expected: [],
      forbidden: ['follow-up.refund/timeline', 'follow-up.refund/amount', 'follow-up.refund/confirmation', 'follow-up.unanswered-question'],
    },
    {
      name: 'a refund reply with no timeline',
      customer: 'Where is my refund?',
      draft: 'I have processed the refund of $49.00 and you will get a confirmation email.',
      expected: ['follow-up.refund/timeline'],
      forbidden: ['follow-up.refund/amount', 'follow-up.refund/confirmation'],
    },
    {
      name: 'delivery: no tracking, no date, no fallback',
      customer: "My package hasn't arrived.",
      draft: 'Your parcel is with the courier.',
      expected: ['follow-up.delivery/tracking', 'follow-up.delivery/eta', 'follow-up.delivery/if-not-arrived'],
      forbidden: [],
    },
    {
      name: 'account access: link sent, nothing else',
      customer: "I can't log in to my account.",
      draft: "I've sent a reset link to your email.",
      expected: ['follow-up.account-access/link-expiry', 'follow-up.account-access/spam-folder', 'follow-up.account-access/two-factor'],
      forbidden: ['follow-up.account-access/reset-link'],
    },
    {
      name: 'billing: explained and corrected, no invoice',
      customer: 'Why was I charged twice?',
      draft: 'The second charge was a duplicate renewal, and I have refunded it.',
      expected: ['follow-up.billing/invoice'],
      forbidden: ['follow-up.billing/what-charge', 'follow-up.billing/correction'],
    },
    {
      name: 'cancellation: done, nothing about when, charges or data',
      customer: 'Please cancel my subscription.',
      draft: 'Done, I have processed your request and sent a confirmation email.',
      expected: ['follow-up.cancellation/effective-date', 'follow-up.cancellation/final-charge', 'follow-up.cancellation/data'],
      forbidden: ['follow-up.cancellation/confirmation'],
    },
    {
      name: 'outage: acknowledged with no cause, fix time or updates',
      customer: 'The site is down and I cannot work.',
      draft: 'We know, our engineers are on it.',
      expected: ['follow-up.outage/cause', 'follow-up.outage/status-eta', 'follow-up.outage/updates'],
      forbidden: [],
    },
    {
      name: 'return: allowed, with no steps, label or refund time',
      customer: 'These shoes are the wrong size, I want to return them.',
      draft: 'Of course, you can send them back.',
      expected: ['follow-up.return/steps', 'follow-up.return/label', 'follow-up.return/refund-timing'],
      forbidden: [],
    },
    {
      name: 'a topic the customer never raised',
      customer: 'What are your opening hours on Saturday?',
      draft: "We're open from 9am to 5pm on Saturdays.",
      expected: [],
      forbidden: ['follow-up.refund/timeline', 'follow-up.delivery/tracking', 'follow-up.return/steps'],
    },
  ])('$name', ({ customer, draft, expected, forbidden }) => {
    const ids = found(analyze({ draft, customerMessage: customer }).findings);
    for (const id of expected) expect(ids, `expected ${id}`).toContain(id);
    for (const id of forbidden) expect(ids, `did not expect ${id}`).not.toContain(id);
  });

  it('says which words of the customer triggered a topic or an unanswered question', () => {
    const customerMessage = 'My refund still has not arrived. When will I get it?';
    const { findings } = analyze({ draft: 'I have processed the refund.', customerMessage });
    const question = findings.find((finding) => finding.ruleId === 'follow-up.unanswered-question')!;
    expect(question.trigger && customerMessage.slice(question.trigger.start, question.trigger.end)).toBe('When will I get it?');
    const refund = findings.find((finding) => finding.topic === 'refund')!;
    expect(refund.trigger && customerMessage.slice(refund.trigger.start, refund.trigger.end)).toBe('refund');
  });
});

describe('an upset customer asking two questions about a late refund', () => {
  const customerMessage =
    "This is the third time I'm asking!! When will I get my refund for order 4417? And will it be the full amount including shipping?";

  it('a draft that answers one and gives no timeline gets empathy, unanswered-question and refund findings', () => {
    const draft = 'Hi Dana,\n\nYes, the refund for order 4417 will be for the full amount, including shipping.\n\nBest,\nSam';
    const { findings, listening } = analyze({ draft, customerMessage, customerName: 'Dana Whitfield' });
    const ids = found(findings);
    expect(ids).toEqual(expect.arrayContaining(['empathy.acknowledge-feelings', 'follow-up.unanswered-question', 'follow-up.refund/timeline']));
    expect(findings.find((finding) => finding.ruleId === 'follow-up.unanswered-question')!.message).toContain('When will I get my refund for order 4417?');
    expect(listening?.questions.map((question) => question.answered)).toEqual([false, true]);
    expect(listening?.mood?.primary).toBe('upset');
  });

  it("the ideal reply gets none of them", () => {
    const draft = [
      'Hi Dana,',
      '',
      "I'm sorry you've had to ask three times; that's not okay. I've refunded order 4417 today for the full $54.90, including shipping.",
      "It will reach your card within 5 business days, and you'll get a confirmation email within the hour.",
      '',
      "If it hasn't arrived by Friday, reply here and I'll chase it myself.",
      '',
      'Best,',
      'Sam',
    ].join('\n');
    const { findings, listening } = analyze({ draft, customerMessage, customerName: 'Dana Whitfield' });
    expect(found(findings)).toEqual([]);
    expect(listening?.topics).toEqual([
      expect.objectContaining({ topic: 'refund', needs: [expect.objectContaining({ covered: true }), expect.objectContaining({ covered: true }), expect.objectContaining({ covered: true })] }),
    ]);
  });
});
