import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/engine/types';
import { combineLabels, type Verdict } from '../../../tests/eval/labels';
import { missedProblems, report, scorePair } from '../../../tests/eval/score';

const pair = (id: string, followUp: Verdict, empathy: Verdict = 'ok') =>
  combineLabels(id, 'tune', 'email', 'reply', [{ id, labeller: 'A', labels: { tone: 'ok', empathy, clarity: 'ok', personalization: 'ok', 'follow-up': followUp } }]);

const finding = (ruleId: string, category: Finding['category'], severity: Finding['severity']): Finding => ({ ruleId, title: ruleId, category, severity, message: '', explanation: '', start: 0, end: 0 });

describe('scoring against the labels', () => {
  it.each<{ severity: Finding['severity']; label: Verdict; verdict: string }>([
    { severity: 'warning', label: 'flag', verdict: 'right' },
    { severity: 'warning', label: 'hint', verdict: 'wrong' },
    { severity: 'info', label: 'hint', verdict: 'right' },
    { severity: 'info', label: 'ok', verdict: 'wrong' },
    { severity: 'warning', label: 'unsure', verdict: 'not-counted' },
  ])('a $severity on a pair labelled $label is $verdict', ({ severity, label, verdict }) => {
    expect(scorePair(pair('p', 'ok', label), [finding('empathy.x', 'empathy', severity)]).findings[0]!.verdict).toBe(verdict);
  });

  it('counts follow-up shown only in the checklist apart from recall, with the open items on replies that needed none', () => {
    const result = report([
      scorePair(pair('a', 'flag'), [], true),
      scorePair(pair('b', 'flag'), [], false),
      scorePair(pair('c', 'ok'), [], true),
      scorePair(pair('d', 'ok'), [], false),
      scorePair(pair('e', 'hint'), [], true),
    ]);
    // No finding, so recall finds none of the two follow-up problems…
    expect(result.byCategory['follow-up']).toMatchObject({ problems: 2, found: 0 });
    // …while the checklist shows one of them, and has an open item on one of the two replies with nothing open.
    expect(result.checklist.shown).toEqual({ problems: 2, found: 1, recall: 0.5 });
    expect(result.checklist.openOnOk).toEqual({ pairs: 2, open: 1, share: 0.5 });
  });
});

describe('where recall is lost', () => {
  const labelled = (id: string, part: 'tune' | 'holdout', why: Record<string, string>) =>
    combineLabels(id, part, 'email', 'reply', [{ id, labeller: 'A', labels: { tone: 'ok', empathy: 'flag', clarity: 'ok', personalization: 'flag', 'follow-up': 'ok' }, why }]);

  it('lists the tuned problems no finding of their category speaks to, with the labellers\' reasons', () => {
    const scored = [
      scorePair(labelled('found', 'tune', { empathy: 'angry, no word of it', personalization: 'canned' }), [finding('empathy.x', 'empathy', 'info')]),
      scorePair(labelled('held', 'holdout', { empathy: 'upset' }), []),
    ];
    expect(missedProblems(scored)).toEqual([{ id: 'found', category: 'personalization', reasons: ['canned'] }]);
    expect(missedProblems(scored, 'empathy')).toEqual([]);
  });
});
