import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '../../../lib/engine';
import { withFollowUpFindings } from '../support/follow-up-findings';
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
    // Thanking us at the end calms a complaint down; a bare "Thanks!" under it is only how the message ends.
    ['The invoice still has the wrong VAT number. I am frustrated that it is still wrong.\n\nThanks!', ['upset']],
    ['The invoice still had the wrong VAT number and I was frustrated.\nThanks for sorting it out so fast, all good now', ['neutral']],
    // Ready to leave us is let down by us.
    ['Charged twice again, $131 gone 🥴 bout done with y’all', ['upset']],
    ['Lost my seat and my upgrade. Never flying with you again, taking my business elsewhere.', ['upset']],
    ['I went over it twice and the total is right, thanks', ['neutral']],
    // A fare's name is not grief, and anger at an intruder is not anger with us.
    ['Do you offer bereavement fares anymore? If so, how do you book them?', ['neutral']],
    ['wtf, someone from abroad keeps trying to log in to my account every 10 minutes', ['neutral']],
    // A length of time is writing again only with waiting words (a dot inside a link does not end the sentence).
    ['I forgot my password and stopped playing for a month, now it has logged me out', ['neutral']],
    ['been struggling to access https://example.com/?landing=x for a week now, keeps saying unable to reach site', ['annoyed', 'repeat']],
    // A symptom is not writing again, and bad weather is nobody's fault here.
    ['Tried uninstalling the app but nothing happens. Any ideas??', ['neutral']],
    ['You have my gratitude forever. Weather and traffic were horrible and I reached the counter as it closed 😢. Your staff got me to the gate!', ['neutral']],
    // Praise for staff who handled someone else's anger praises us.
    ['Another kudos to the gate agents at A27 today, amazing service with a smile despite a packed flight and angry fliers', ['positive']],
    // "Do something" and "lying" are a demand and an accusation only as such, not inside a question.
    ['I bought the bundle but have yet to receive the money. Do I need to do something in game to receive it?', ['neutral']],
    ["I'm flying to three cities in one day to play the lottery in each. Am I lying?", ['neutral']],
    ['Agent accuses me of lying about the booking. Is that good customer care?', ['upset']],
    // Loyalty is not churn.
    ['is lowkey the best airline. I’ll never fly anything else fr.', ['neutral']],
    ["Never using another bank, you've been great", ['positive']],
    // One sign of upset is annoyance (a nudge at most); more than one, or writing again with it, is upset.
    ['so why did you sell me a ticket but gave me no real seat??', ['annoyed']],
    ['The new menu layout is annoying.', ['annoyed']],
    ['The new menu layout is annoying and the search is useless.', ['upset']],
    ["Third time I'm asking!! Where is my refund?", ['upset', 'repeat']],
    // Warm words beside a complaint, with no thanks, are sarcasm.
    ["I'm a million mile flyer and you make me board in zone 1? Awesome service to loyal customers!!! #Shameful", ['upset']],
    ['Per usual you dropped the ball. Do better.', ['upset']],
    // Excitement and sadness are not anger with us.
    ['IM FLYING WITH YALL TONIGHT!! DO YOU MIND FOLLOWING ME?!?! IM A TRUE FAN!!', ['positive']],
    ['Any chance of the live version on the playlist? Thank you!! ❤️', ['positive']],
    ['forgot my drink tickets at home. whats a girl to do 😔', ['neutral']],
    ["Dropped mom off, she's an anxious traveler but was greeted by a very friendly host who made it easy. THX", ['neutral']],
  ])('%s → %j', (message, states) => {
    expect(readMood(message).states).toEqual(states);
  });

  it('reads words that name an object’s own methods ("constructor") as words, not as a broken score', () => {
    const { sentiment } = readMood('This is terrible, the constructor guy was rude, toString and all.');
    expect(Number.isFinite(sentiment)).toBe(true);
    expect(sentiment).toBeLessThan(0);
  });

  it('points at the words that gave the mood away', () => {
    const message = 'Nobody has helped me and I have been waiting for days!!!';
    const cues = readMood(message).cues.map((cue) => `${cue.kind}:${message.slice(cue.start, cue.end)}`);
    expect(cues).toEqual(expect.arrayContaining(['upset:Nobody has helped', 'repeat:been waiting for days', 'emphasis:!!!']));
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
      // A stock apology is an acknowledgement of sorts: no hint for a missing one, and no form-letter finding
      // on the same words (empathy.stock-apology, off by default, is the one that would speak).
      expected: [],
      forbidden: ['empathy.acknowledge-feelings', 'tone.robotic-boilerplate'],
    },
    {
      name: 'an annoyed customer, acknowledged as "not the type of experience we want"',
      customer: 'Getting really fed up of ordering from you and the parcels never arriving!',
      draft: "That's not the type of experience we want for any of our members. Send us the order number and we'll open a case today.",
      expected: [],
      forbidden: ['empathy.acknowledge-annoyance', 'empathy.acknowledge-feelings'],
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
      name: 'a refund given with no timeline',
      customer: 'Where is my refund?',
      draft: 'I have processed the refund of $49.00 and you will get a confirmation email.',
      expected: ['follow-up.refund/timeline'],
      forbidden: ['follow-up.refund/amount', 'follow-up.refund/confirmation'],
    },
    {
      name: 'asked when, given only a vague time: the vague-time rule speaks, not the checklist',
      customer: 'When will I get my refund?',
      draft: 'I have processed the refund of $49.00 and it will reach you soon.',
      expected: ['clarity.vague-time'],
      forbidden: ['follow-up.refund/timeline'],
    },
    {
      // Nobody asked when: the checklist shows the refund's timing as vague (below), and no warning is made.
      name: 'a refund given with only a vague time, unasked',
      customer: 'Where is my refund?',
      draft: 'I have processed the refund of $49.00 and it will reach you soon.',
      expected: [],
      forbidden: ['clarity.vague-time', 'follow-up.refund/timeline'],
    },
    {
      name: 'a refused refund raises no refund checklist',
      customer: 'Can I get a refund for the double fee?',
      draft: "We're unable to process refund requests here; please email us and we will assist.",
      expected: [],
      forbidden: ['follow-up.refund/timeline', 'follow-up.refund/amount', 'follow-up.refund/confirmation'],
    },
    {
      name: 'a return already completed is not a new return',
      customer: 'I sent the jacket back two weeks ago, where is my refund?',
      draft: 'We received your return on the 6th and the refund of £89 was issued today; it reaches your card in 3–5 working days.',
      expected: [],
      forbidden: ['follow-up.return/steps', 'follow-up.return/label', 'follow-up.return/refund-timing'],
    },
    {
      name: 'delivery: shipped, with no tracking and no date',
      customer: "My package hasn't arrived.",
      draft: 'Your parcel has shipped and is with the courier.',
      expected: ['follow-up.delivery/tracking', 'follow-up.delivery/eta'],
      forbidden: [],
    },
    {
      name: "account access in an email: link sent, nothing on expiry, spam or the customer's two-factor worry",
      customer: "I can't log in to my account and my two-factor codes go to an old phone.",
      draft: "Hi Sam,\n\nI've sent a reset link to the address on your account, so you can choose a new password and get back to your dashboard straight away. Your projects and settings are all still there, exactly as you left them. Thanks for your patience while we sorted this out for you.\n\nBest regards,\nAna",
      expected: ['follow-up.account-access/link-expiry', 'follow-up.account-access/spam-folder', 'follow-up.account-access/two-factor'],
      forbidden: ['follow-up.account-access/reset-link'],
    },
    {
      name: 'account access in a short reply: no spam-folder advice asked of a tweet',
      customer: "I can't log in to my account.",
      draft: "I've sent a reset link to your email.",
      expected: [],
      forbidden: ['follow-up.account-access/spam-folder', 'follow-up.account-access/link-expiry', 'follow-up.account-access/two-factor'],
    },
    {
      name: 'billing in an email: corrected, no invoice',
      customer: 'Why was I charged twice?',
      draft: "Hi Sam,\n\nThe second charge was a duplicate of your monthly renewal, and I have refunded the charge today, so it will go back to your card within a few days. Your plan itself is unchanged and renews as usual next month, and nothing else on your account was affected.\n\nBest regards,\nAna",
      expected: ['follow-up.billing/invoice'],
      forbidden: ['follow-up.billing/what-charge', 'follow-up.billing/correction'],
    },
    {
      name: 'cancellation: done, nothing about when or charges',
      customer: 'Please cancel my subscription.',
      draft: "I've cancelled your subscription.",
      expected: ['follow-up.cancellation/effective-date', 'follow-up.cancellation/final-charge'],
      forbidden: ['follow-up.cancellation/data'],
    },
    {
      name: 'outage confirmed with no fix time or updates, to a customer who asked why',
      customer: 'The site is down and I cannot work. What happened?',
      draft: "We're aware of the issue and our engineers are on it.",
      expected: ['follow-up.outage/cause', 'follow-up.outage/status-eta', 'follow-up.outage/updates'],
      forbidden: [],
    },
    {
      name: 'an incidental word is not an outage',
      customer: 'My battery is down to 10 % after an hour, is that normal?',
      draft: 'That sounds like a background app; try the battery settings to see which one.',
      expected: [],
      forbidden: ['follow-up.outage/status-eta', 'follow-up.outage/updates'],
    },
    {
      name: 'return: allowed, with no steps or refund time',
      customer: 'These shoes are the wrong size, I want to return them.',
      draft: 'Of course, you can return them.',
      expected: ['follow-up.return/steps', 'follow-up.return/refund-timing'],
      forbidden: ['follow-up.return/label'],
    },
    {
      name: '"What should I do?" in an email, answered with what to do in other words',
      customer: "There's a payment on my card I didn't make. I'm really worried. What should I do?",
      draft: "Hi Sunita,\n\nI'm sorry, I know how unsettling that is. I've frozen your card so no further payments can go through, and opened a dispute for the amount.\n\nA replacement card is on its way and should reach you by Friday. Until then you can still use your account through the app and online banking.\n\nTake care,\nMichael",
      expected: [],
      forbidden: ['follow-up.unanswered-question'],
    },
    {
      name: 'a question that opens by asking what to do wants the steps, not a time',
      customer: 'What do I need to do to check how long the shipping takes?',
      draft: 'To check the estimated shipping time, you can follow these steps:\n\n1. Log in to your account.\n2. Go to Order History.\n3. Open the order: the estimated delivery date is under Shipping.\n\nShipping times vary with the method you chose and where the parcel is going, so the date there is the best guide.',
      expected: [],
      forbidden: ['follow-up.unanswered-question'],
    },
    {
      name: 'asked politely roughly when, answered "in due course" in an email: one finding, the vague time',
      customer: "I sent my laptop in for repair two weeks ago. Could you let me know where it is in the process and roughly when I'll get it back?",
      draft: "Hi Adebayo,\n\nThanks for getting in touch, and I understand you need your laptop for your exams.\n\nI can see it is with our repair team and the keyboard replacement is in progress. It will be completed and shipped back to you in due course, and you'll receive a tracking email once it leaves our workshop.\n\nGood luck with your exams!\n\nKind regards,\nLiam",
      expected: ['clarity.vague-time'],
      forbidden: ['follow-up.unanswered-question'],
    },
    {
      name: 'asked how soon and "how can I do it": the way to check answers it',
      customer: 'wanna see how soon can i expect the order how can i do it',
      draft: "If you would like to know the estimated delivery time for your order, here is how:\n\n1. Log in to your account on our website.\n2. Go to Order History.\n3. Open the order: the estimated delivery date is next to its details.\n\nIf you have any further questions, our support team is available by chat, phone or email every day.",
      expected: [],
      forbidden: ['follow-up.unanswered-question'],
    },
    {
      name: 'asked what is going to be done, answered with what was done and what will be',
      customer: 'This is the third time in five weeks our recycling was not collected on Elm Road. I reported it online twice and nobody came. What is actually going to be done?',
      draft: "Dear Mr Okafor,\n\nThree missed collections in five weeks is not good enough, and I'm sorry.\n\nSince the route changed in April, Elm Road has been missing from the crew's schedule. I've had it added back today and spoken to the crew supervisor, and a crew will collect your recycling this Thursday before 3pm.\n\nYours sincerely,\nAlison",
      expected: [],
      forbidden: ['follow-up.unanswered-question'],
    },
    {
      name: 'asked what is going to be done, answered with nothing we will do',
      customer: 'This is the third time in five weeks our recycling was not collected on Elm Road. I reported it online twice and nobody came. What are you going to do about it?',
      draft: "Dear Mr Okafor,\n\nThank you for your email. Recycling on Elm Road is collected every second Thursday, and bins should be out by 7am on collection day with the lid closed. Overfilled bins and bags beside the bin may be left behind, and glass goes in the separate green box, which is collected on the same day. You can find the full calendar for your street on our website under Bins and recycling.\n\nYours sincerely,\nAlison",
      expected: ['follow-up.unanswered-question'],
      forbidden: [],
    },
    {
      name: 'asked how to do something, answered with something else',
      customer: 'How do I export my invoices as PDF?',
      draft: "Hi Sam,\n\nThanks for getting in touch. Your plan renews next month and your billing details are up to date. We have also added a new dashboard this month that shows your monthly totals at a glance, which many customers find useful. You can also add a second admin to your team at no extra cost, and the mobile app now supports dark mode.\n\nBest regards,\nAna",
      expected: ['follow-up.unanswered-question'],
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
    const ids = found(analyze({ draft, customerMessage: customer }, withFollowUpFindings).findings);
    for (const id of expected) expect(ids, `expected ${id}`).toContain(id);
    for (const id of forbidden) expect(ids, `did not expect ${id}`).not.toContain(id);
  });

  it('says which words of the customer triggered a topic or an unanswered question', () => {
    const customerMessage = 'My refund still has not arrived. When will I get it? And can I keep the old jug?';
    const draft = "Hi Sam,\n\nThanks for your patience. I have processed the refund for the full amount of your order.\n\nYes, you can keep the old jug; there is no need to send it back to us.\n\nBest regards,\nAna";
    const { findings } = analyze({ draft, customerMessage }, withFollowUpFindings);
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
    const draft = "Hi Dana,\n\nYes, I've refunded order 4417 for the full amount, including shipping.\n\nI've also checked your other orders and everything else is in order, so this was the only one affected.\n\nBest,\nSam";
    const { findings, listening } = analyze({ draft, customerMessage, customerName: 'Dana Whitfield' }, withFollowUpFindings);
    const ids = found(findings);
    expect(ids).toEqual(expect.arrayContaining(['empathy.acknowledge-feelings', 'follow-up.unanswered-question', 'follow-up.refund/timeline']));
    // As the pack ships, the open question and the refund's timeline are open items of the panel's checklist.
    const shipped = analyze({ draft, customerMessage, customerName: 'Dana Whitfield' });
    expect(found(shipped.findings)).toEqual(['empathy.acknowledge-feelings']);
    expect(shipped.listening?.questions.map((question) => [question.text, question.answered])).toEqual([
      ['When will I get my refund for order 4417?', false],
      ['And will it be the full amount including shipping?', true],
    ]);
    expect(shipped.listening?.topics).toEqual([expect.objectContaining({ topic: 'refund', needs: expect.arrayContaining([expect.objectContaining({ id: 'timeline', covered: false })]) })]);
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
      expect.objectContaining({ topic: 'refund', needs: [expect.objectContaining({ id: 'timeline', covered: true }), expect.objectContaining({ id: 'amount', covered: true })] }),
    ]);
  });
});
