import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '../../../lib/engine';
import { ruleSetOf } from './rule-set-helpers';

const spans = (draft: string, findings: Finding[]) => findings.map((finding) => draft.slice(finding.start, finding.end));

describe('phrase rules', () => {
  const set = ruleSetOf({ kind: 'phrase', phrases: ["you didn't read", 'per my last email'] });

  it('match whole words in any case, any spacing, either apostrophe', () => {
    const draft = 'Per my  last email, you didn’t read it. Superper my last emails.';
    expect(spans(draft, analyze({ draft }, set).findings)).toEqual(['Per my  last email', 'you didn’t read']);
  });

  it('fill {match} in the message with the words found', () => {
    expect(analyze({ draft: 'PER MY LAST EMAIL.' }, set).findings[0]!.message).toBe('PER MY LAST EMAIL');
  });

  it('stay quiet when an "unless" phrase shares the sentence', () => {
    const unless = ruleSetOf({ kind: 'phrase', phrases: ["can't"], unless: { within: 'sentence', phrases: ['but'] } });
    const draft = "We can't refund it. We can't refund it, but store credit works.";
    expect(spans(draft, analyze({ draft }, unless).findings)).toEqual(["can't"]);
    expect(analyze({ draft }, unless).findings[0]!.start).toBe(3);
  });

  it('offer a fixed replacement when the rule has one', () => {
    const fix = ruleSetOf({ kind: 'phrase', patterns: ['!{2,}'], replacement: '!' });
    expect(analyze({ draft: 'Shipped!!!' }, fix).findings[0]!.suggestion).toEqual({ replacement: '!' });
  });
});

describe('substitution rules', () => {
  const set = ruleSetOf({
    kind: 'substitution',
    swap: { 'dear customer': 'Hi {customerFirstName}', utilize: 'use' },
    withoutName: 'Hi there',
    message: 'Say "{replacement}" instead of "{match}"',
  });

  it('suggest the replacement, keeping a leading capital', () => {
    const [finding] = analyze({ draft: 'Utilize the app.' }, set).findings;
    expect(finding!.suggestion).toEqual({ replacement: 'Use' });
    expect(finding!.message).toBe('Say "Use" instead of "Utilize"');
  });

  it("fill in the customer's first name, or fall back when it is unknown", () => {
    expect(analyze({ draft: 'Dear Customer, hello.', customerName: 'sam lee' }, set).findings[0]!.suggestion).toEqual({ replacement: 'Hi Sam' });
    expect(analyze({ draft: 'Dear Customer, hello.' }, set).findings[0]!.suggestion).toEqual({ replacement: 'Hi there' });
  });
});

describe('occurrence rules', () => {
  it('flag the first occurrence past the maximum, per scope', () => {
    const set = ruleSetOf({ kind: 'occurrence', phrases: ['sorry'], max: 1, scope: 'paragraph', message: '{count} times' });
    const draft = 'Sorry. Sorry!\n\nSorry again.';
    const findings = analyze({ draft }, set).findings;
    expect(findings.map((finding) => finding.start)).toEqual([7]);
    expect(findings[0]!.message).toBe('2 times');
  });
});

describe('metric rules', () => {
  it('flag each sentence over the word limit', () => {
    const set = ruleSetOf({ kind: 'metric', metric: 'sentence-words', max: 5, message: '{value} > {max}' });
    const draft = 'One two three. One two three four five six seven.';
    const findings = analyze({ draft }, set).findings;
    expect(spans(draft, findings)).toEqual(['One two three four five six seven.']);
    expect(findings[0]!.message).toBe('7 > 5');
  });

  it('skip drafts shorter than minDraftWords', () => {
    const set = ruleSetOf({ kind: 'metric', metric: 'reading-grade', max: 1, minDraftWords: 50 });
    expect(analyze({ draft: 'Notwithstanding comprehensive considerations.' }, set).findings).toEqual([]);
  });
});

describe('requirement rules', () => {
  const set = ruleSetOf({
    kind: 'requirement',
    category: 'empathy',
    phrases: ['sorry'],
    notCounting: { phrases: ['sorry for any inconvenience'] },
    when: { customerMentions: { phrases: ['frustrated'] } },
    withinSentences: 2,
    insert: "I'm sorry about this.",
  });
  const upset = 'I am so frustrated.';

  it('apply only when the condition holds', () => {
    expect(analyze({ draft: 'It ships today.', customerMessage: 'Where is it?' }, set).findings).toEqual([]);
    expect(analyze({ draft: 'It ships today.', customerMessage: upset }, set).findings).toHaveLength(1);
  });

  it('must be met within the first sentences, after the greeting', () => {
    expect(analyze({ draft: 'Hi Jo,\n\nSorry! It ships today.', customerMessage: upset }, set).findings).toEqual([]);
    expect(analyze({ draft: 'Hi Jo,\n\nIt ships today. Tracking is below. Sorry!', customerMessage: upset }, set).findings).toHaveLength(1);
  });

  it('does not count the excluded phrases', () => {
    expect(analyze({ draft: 'Sorry for any inconvenience. It ships today.', customerMessage: upset }, set).findings).toHaveLength(1);
  });

  it('offers to insert the sentence after the greeting, keeping its line break', () => {
    const draft = 'Hi Jo,\n\nIt ships today.';
    const [finding] = analyze({ draft, customerMessage: upset }, set).findings;
    const fixed = draft.slice(0, finding!.start) + finding!.suggestion!.replacement + draft.slice(finding!.end);
    expect(fixed).toBe("Hi Jo,\n\nI'm sorry about this.\n\nIt ships today.");
  });
});

describe('a rule switched off', () => {
  it('never runs', () => {
    const set = ruleSetOf({ kind: 'phrase', phrases: ['hello'], enabled: false });
    expect(analyze({ draft: 'hello' }, set).findings).toEqual([]);
  });
});

describe('phrase slots', () => {
  it('match numbers, amounts, durations, dates, times and links inside phrases', () => {
    const set = ruleSetOf({ kind: 'phrase', phrases: ['within {duration}', 'refund of {money}', 'by {weekday}', 'on {date}', 'at {clock}', 'see {link}'] });
    const draft = 'It arrives within 3-5 business days. A refund of $12.50 by Friday, on June 14th at 3pm; see https://x.example/a.';
    expect(spans(draft, analyze({ draft }, set).findings)).toEqual([
      'within 3-5 business days',
      'refund of $12.50',
      'by Friday',
      'on June 14th',
      'at 3pm',
      'see https://x.example/a',
    ]);
  });

  it('are rejected when unknown, with the path of the phrase', async () => {
    const { loadRuleSet } = await import('../../../lib/rules/load');
    const result = loadRuleSet(JSON.stringify({ schemaVersion: 1, name: 'x', rules: [{ id: 'a', kind: 'phrase', category: 'tone', message: 'm', explanation: 'e', phrases: ['ok', 'in {fortnight}'] }] }), 'json');
    expect(result.ok || result.errors[0]).toEqual(expect.objectContaining({ path: 'rules[0].phrases[1]', message: expect.stringContaining('unknown slot {fortnight}') }));
  });
});

describe('"unless" within the sentence or the next', () => {
  it('lets the way forward come in the following sentence', () => {
    const set = ruleSetOf({ kind: 'phrase', phrases: ["can't"], unless: { within: 'sentence-or-next', phrases: ['please call'] } });
    expect(analyze({ draft: "We can't change it here. Please call us." }, set).findings).toEqual([]);
    expect(analyze({ draft: "We can't change it here. It's policy. Please call us." }, set).findings).toHaveLength(1);
  });
});

describe('phrase exceptions', () => {
  it('drop a match that is part of a longer, harmless phrase', () => {
    const set = ruleSetOf({ kind: 'phrase', phrases: ['soon'], exceptions: { phrases: ['as soon as it'] } });
    const draft = 'It ships soon. We email you as soon as it leaves.';
    expect(spans(draft, analyze({ draft }, set).findings)).toEqual(['soon']);
    expect(analyze({ draft }, set).findings[0]!.start).toBe(9);
  });
});

describe("phrase rules that allow the customer's own words", () => {
  const set = ruleSetOf({ kind: 'phrase', phrases: ['T2', 'backend'], customerWordsAllowed: true });

  it.each([
    { customerMessage: 'I land in T2 at nine.', draft: 'From T2 the backend team can help.', flagged: ['backend'] },
    { customerMessage: 'Is the backend down? I land in t2.', draft: 'From T2 the backend team can help.', flagged: [] },
    { customerMessage: undefined, draft: 'From T2 the backend team can help.', flagged: ['T2', 'backend'] },
  ])('a match the customer also wrote is theirs: $customerMessage → $flagged', ({ customerMessage, draft, flagged }) => {
    expect(spans(draft, analyze({ draft, ...(customerMessage ? { customerMessage } : {}) }, set).findings)).toEqual(flagged);
  });
});
