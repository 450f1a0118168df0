import { describe, expect, it } from 'vitest';
import { analyze, type AnalysisResult } from '../../../lib/engine';
import { defaultRuleSet } from '../../../lib/rules/default-pack';
import { effectiveRules } from '../../../lib/rules/resolve';
import { RuleSet } from '../../../lib/rules/schema';
import { draftOutcome, draftOutcomeSchema, localDay, moodsCheckedForAcknowledgement } from '../../../lib/self-assessment/outcome';

const at = new Date(2025, 2, 14, 23, 59);
/** As the bundled pack ships: replies to an `upset` customer are checked for an acknowledgement. */
const moodsChecked = moodsCheckedForAcknowledgement(defaultRuleSet().rules);

describe('draft outcome', () => {
  it('counts findings per category and keeps each rule id once', () => {
    const analysis = analyze({
      draft: 'Dear customer, as I already explained, as I already explained, the refund was processed.',
      customerName: 'Dana Whitfield',
      customerMessage: "This is the third time I'm asking!! When will I get my refund?",
    });
    const outcome = draftOutcome(analysis, { helpdesk: 'zendesk', customerNameKnown: true, at, moodsChecked });
    const byCategory = (category: string) => analysis.findings.filter((finding) => finding.category === category).length;
    expect(outcome.findings).toEqual({ tone: byCategory('tone'), empathy: byCategory('empathy'), clarity: byCategory('clarity'), personalization: byCategory('personalization'), 'follow-up': byCategory('follow-up') });
    expect(outcome.findings.tone).toBeGreaterThan(0);
    expect(outcome.ruleIds).toEqual([...new Set(analysis.findings.map((finding) => finding.ruleId))].sort());
    expect(outcome).toMatchObject({ day: '2025-03-14', helpdesk: 'zendesk', nameKnown: true, nameUsed: false, customerUpset: true, acknowledged: false });
    expect(outcome.words).toBe(analysis.stats?.words);
  });

  it('records an upset customer who was acknowledged, and a name that was used', () => {
    const analysis = analyze({
      draft: "Hi Dana, I'm sorry you've had to chase this three times. Your refund was issued today.",
      customerName: 'Dana Whitfield',
      customerMessage: "This is the third time I'm writing and still no refund. Unacceptable.",
    });
    expect(draftOutcome(analysis, { helpdesk: 'front', customerNameKnown: true, at, moodsChecked })).toMatchObject({ nameUsed: true, customerUpset: true, acknowledged: true });
  });

  it('claims nothing about a mildly annoyed customer while the pack does not check it, and counts them once a lead switches the check on', () => {
    const customerMessage = 'so why did you sell me a ticket but gave me no real seat??';
    const skippedDraft = 'Some fares do not include a seat; the airport team can assign you one.';
    const noticedDraft = 'Sorry for the confusion over your seat! Some fares do not include one; the airport team can assign you one.';
    // As shipped (empathy.acknowledge-annoyance off): neither acknowledged nor skipped.
    expect(moodsChecked).toEqual(['upset']);
    for (const draft of [skippedDraft, noticedDraft]) {
      expect(draftOutcome(analyze({ draft, customerMessage }), { helpdesk: 'front', customerNameKnown: false, at, moodsChecked })).toMatchObject({ customerUpset: false, acknowledged: false });
    }
    const withAnnoyance = RuleSet.parse({ schemaVersion: 1, name: 'Team', extends: 'default', overrides: { 'empathy.acknowledge-annoyance': { enabled: true } } });
    const checked = moodsCheckedForAcknowledgement(effectiveRules(withAnnoyance));
    expect(checked.sort()).toEqual(['annoyed', 'upset']);
    const skipped = analyze({ draft: skippedDraft, customerMessage }, withAnnoyance);
    expect(draftOutcome(skipped, { helpdesk: 'front', customerNameKnown: false, at, moodsChecked: checked })).toMatchObject({ customerUpset: true, acknowledged: false });
    const noticed = analyze({ draft: noticedDraft, customerMessage }, withAnnoyance);
    expect(draftOutcome(noticed, { helpdesk: 'front', customerNameKnown: false, at, moodsChecked: checked })).toMatchObject({ customerUpset: true, acknowledged: true });
  });

  it('does not claim the name was used, or feelings acknowledged, when there was no name or no upset customer', () => {
    const outcome = draftOutcome(analyze({ draft: 'Your replacement ships today.' }), { helpdesk: 'generic', customerNameKnown: false, at, moodsChecked });
    expect(outcome).toMatchObject({ nameKnown: false, nameUsed: false, customerUpset: false, acknowledged: false, ruleIds: [] });
  });

  it('keeps the reading grade to one decimal, and null when the engine had none', () => {
    const withStats: AnalysisResult = { findings: [], stats: { words: 12, sentences: 2, readingGrade: 7.26 } };
    expect(draftOutcome(withStats, { helpdesk: 'zendesk', customerNameKnown: false, at, moodsChecked }).readingGrade).toBe(7.3);
    expect(draftOutcome({ findings: [] }, { helpdesk: 'zendesk', customerNameKnown: false, at, moodsChecked })).toMatchObject({ readingGrade: null, words: 0 });
  });

  it('uses the local calendar day, with no time of day', () => {
    expect(localDay(new Date(2025, 0, 5, 0, 0, 1))).toBe('2025-01-05');
    expect(localDay(new Date(2025, 11, 31, 23, 59, 59))).toBe('2025-12-31');
  });
});

describe('what an outcome can never hold', () => {
  // Marker words in every text the engine sees or produces; none may reach the record.
  const MARKERS = ['Xanthippe', 'Marlowe', 'quokka', 'zeppelin', 'marmalade', 'periwinkle', 'tangerine', 'obsidian', 'waffle'];

  const textHeavyAnalysis: AnalysisResult = {
    findings: [
      {
        ruleId: 'empathy.acknowledge-feelings',
        title: 'Acknowledge how they feel',
        category: 'empathy',
        severity: 'warning',
        message: 'Xanthippe sounds upset about the zeppelin',
        explanation: 'marmalade explanation',
        guidance: '004 periwinkle',
        start: 0,
        end: 5,
        topic: 'tangerine',
        need: 'obsidian',
        suggestion: { replacement: 'Hi Xanthippe Marlowe' },
        trigger: { source: 'customer', start: 0, end: 4 },
      },
      // A team's rule whose "id" is really a sentence: dropped, not stored.
      { ruleId: 'Dear Xanthippe, the waffle', title: 'waffle', category: 'tone', severity: 'info', message: 'waffle', explanation: 'waffle', start: 0, end: 1 },
    ],
    listening: {
      mood: { primary: 'upset', states: ['upset'], cues: [{ start: 0, end: 3, kind: 'quokka' }] },
      questions: [{ start: 0, end: 10, text: 'Where is my zeppelin, Marlowe?', kind: 'question', answered: false }],
      topics: [{ topic: 'tangerine', ruleId: 'follow-up.refund', label: 'obsidian refund', needs: [{ id: 'timeline', label: 'periwinkle', covered: false }] }],
    },
    stats: { words: 9, sentences: 1, readingGrade: 4 },
  };

  it('holds no word of the draft, the customer, their name or the findings', () => {
    const fromEngine = draftOutcome(
      analyze({ draft: 'Dear customer, the zeppelin and the marmalade are on the way, obviously.', customerName: 'Xanthippe Marlowe', customerMessage: 'Where is my quokka?? Unacceptable!!', subject: 'periwinkle' }),
      { helpdesk: 'zendesk', customerNameKnown: true, at, moodsChecked },
    );
    const fromHandMade = draftOutcome(textHeavyAnalysis, { helpdesk: 'zendesk', customerNameKnown: true, at, moodsChecked });
    for (const outcome of [fromEngine, fromHandMade]) {
      const stored = JSON.stringify(outcome).toLowerCase();
      for (const marker of MARKERS) expect(stored).not.toContain(marker.toLowerCase());
    }
    expect(fromHandMade.ruleIds).toEqual(['empathy.acknowledge-feelings']);
    expect(fromHandMade.findings.tone).toBe(1);
  });

  it('has only ids, days, numbers and booleans, and the schema accepts no other field', () => {
    const outcome = draftOutcome(textHeavyAnalysis, { helpdesk: 'zendesk', customerNameKnown: true, at, moodsChecked });
    const strings: string[] = [];
    JSON.stringify(outcome, (_key, value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      return value;
    });
    for (const value of strings) expect(value).toMatch(/^(?:\d{4}-\d{2}-\d{2}|[a-z0-9]+(?:[.-][a-z0-9]+)*)$/);
    expect(draftOutcomeSchema.safeParse(outcome).success).toBe(true);
    expect(draftOutcomeSchema.safeParse({ ...outcome, note: 'Xanthippe' }).success).toBe(false);
    expect(draftOutcomeSchema.safeParse({ ...outcome, ruleIds: ['Hi Xanthippe'] }).success).toBe(false);
  });
});
