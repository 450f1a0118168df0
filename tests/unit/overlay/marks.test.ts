import { describe, expect, it } from 'vitest';
import type { PageFinding } from '../../../lib/messaging/editor-actions';
import { isUnderlined, moveMarks, nextMark, placeFindings } from '../../../lib/overlay/marks';

const DRAFT = 'Dear customer, as I already explained, it comes soon.';

function finding(ruleId: string, words: string, extra: Partial<PageFinding> = {}): PageFinding {
  const start = words === '' ? 0 : DRAFT.indexOf(words);
  return { key: `${ruleId}:${words}`, ruleId, title: ruleId, category: 'tone', severity: 'warning', message: '', explanation: '', start, end: start + words.length, ...extra };
}

const GREETING = finding('personalization.generic-greeting', 'Dear customer', { category: 'personalization' });
const BLAME = finding('tone.blame', 'as I already explained');
const SOON = finding('clarity.vague-time', 'soon', { category: 'clarity' });

describe('placing findings on the editor’s text now', () => {
  it.each([
    { case: 'the same text', current: DRAFT, expected: [[0, 13], [15, 37], [48, 52]] },
    { case: 'typed after the words', current: `${DRAFT} Thanks!`, expected: [[0, 13], [15, 37], [48, 52]] },
    { case: 'typed before the words', current: `Hello. ${DRAFT}`, expected: [[7, 20], [22, 44], [55, 59]] },
    { case: 'the words changed', current: DRAFT.replace('already', 'just'), expected: [[0, 13], [45, 49]] },
  ])('$case', ({ current, expected }) => {
    expect(placeFindings([GREETING, BLAME, SOON], DRAFT, current).map((mark) => [mark.start, mark.end])).toEqual(expected);
  });

  it('drops a finding about a place once the text around it changed (nothing to find it by)', () => {
    const place = finding('empathy.acknowledge-feelings', '', { category: 'empathy', start: 15, end: 15 });
    expect(placeFindings([place], DRAFT, DRAFT)).toHaveLength(1);
    expect(placeFindings([place], DRAFT, `${DRAFT}!`)).toHaveLength(0);
  });

  it('moves marks along as the agent types, and drops those whose words were edited', () => {
    const marks = placeFindings([GREETING, BLAME], DRAFT, DRAFT);
    expect(moveMarks(marks, DRAFT, `Hi. ${DRAFT}`).map((mark) => mark.start)).toEqual([4, 19]);
    expect(moveMarks(marks, DRAFT, DRAFT.replace('customer', 'customers')).map((mark) => mark.finding.ruleId)).toEqual(['tone.blame']);
  });
});

describe('what is underlined and where the keyboard goes', () => {
  it.each([
    { finding: BLAME, underlined: true },
    { finding: finding('empathy.acknowledge-feelings', '', { category: 'empathy', start: 15, end: 15 }), underlined: false },
    { finding: finding('follow-up.refund', 'it comes soon', { category: 'follow-up' }), underlined: false },
  ])('$finding.ruleId: underlined $underlined', ({ finding: given, underlined }) => {
    expect(isUnderlined({ finding: given, start: given.start, end: given.end })).toBe(underlined);
  });

  it('goes to the next finding after the caret, then the one after, and wraps round', () => {
    const marks = placeFindings([SOON, GREETING, BLAME], DRAFT, DRAFT);
    const fromCaret = nextMark(marks, 14)!;
    expect(fromCaret.finding.ruleId).toBe('tone.blame');
    expect(nextMark(marks, 14, fromCaret)!.finding.ruleId).toBe('clarity.vague-time');
    expect(nextMark(marks, 14, nextMark(marks, 14, fromCaret))!.finding.ruleId).toBe('personalization.generic-greeting');
    expect(nextMark(marks, DRAFT.length)!.finding.ruleId).toBe('personalization.generic-greeting');
    expect(nextMark([], 0)).toBeUndefined();
  });
});
