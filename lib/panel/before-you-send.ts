import type { Finding, Listening } from '../engine/types';
import { findingKey } from '../engine/finding-key';

/** One line of "Before you send": something the customer asked or will need next, done or not yet. */
export type ChecklistItem =
  | { kind: 'question'; text: string; done: boolean; finding?: Finding; key?: string }
  | { kind: 'need'; topic: string; topicLabel: string; need: string; label: string; done: boolean; finding?: Finding; key?: string }
  /** A follow-up finding about neither (e.g. no next step for the customer). */
  | { kind: 'other'; done: false; finding: Finding; key: string };

/**
 * The customer's questions, the needs of the topics they wrote about and the other follow-up findings,
 * merged into one list (the follow-up findings and the two checklists used to say the same twice): the
 * open ones first, each carrying its finding (for Dismiss and the panel's contract), then the done ones.
 * An item whose finding the agent dismissed or muted is left out: they decided it does not apply.
 */
export function beforeYouSend(listening: Listening | undefined, openFindings: readonly Finding[], hiddenFindings: readonly Finding[], draft: string): ChecklistItem[] {
  const followUp = openFindings.filter((finding) => finding.category === 'follow-up');
  const hidden = hiddenFindings.filter((finding) => finding.category === 'follow-up');
  const used = new Set<Finding>();
  const take = (finding: Finding | undefined): { finding?: Finding; key?: string } => {
    if (!finding) return {};
    used.add(finding);
    return { finding, key: findingKey(finding, draft) };
  };
  const items: ChecklistItem[] = [];

  for (const question of listening?.questions ?? []) {
    const about = (finding: Finding) => finding.trigger !== undefined && !finding.topic && overlaps(finding.trigger, question);
    if (!question.answered && hidden.some(about)) continue;
    items.push({ kind: 'question', text: question.text, done: question.answered, ...(question.answered ? {} : take(followUp.find(about))) });
  }
  for (const topic of listening?.topics ?? []) {
    for (const need of topic.needs) {
      const about = (finding: Finding) => finding.topic === topic.topic && finding.need === need.id;
      if (!need.covered && hidden.some(about)) continue;
      items.push({ kind: 'need', topic: topic.topic, topicLabel: topic.label, need: need.id, label: need.label, done: need.covered, ...(need.covered ? {} : take(followUp.find(about))) });
    }
  }
  for (const finding of followUp) if (!used.has(finding)) items.push({ kind: 'other', done: false, finding, key: findingKey(finding, draft) });
  // Open before done; otherwise as the customer wrote them.
  return items.map((item, index) => ({ item, index })).sort((a, b) => Number(a.item.done) - Number(b.item.done) || a.index - b.index).map(({ item }) => item);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
