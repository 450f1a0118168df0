import type { Finding } from '../engine/types';

/**
 * A finding as the agent knows it: its rule and its words (offsets move as the agent types around
 * them), and for follow-up needs which need. Dismissing it hides every finding with this key for the
 * rest of the draft; the panel, the card in the page and the background all use this one key.
 */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'start' | 'end' | 'topic' | 'need'>, draft: string): string {
  return [finding.ruleId, draft.slice(finding.start, finding.end), finding.topic ?? '', finding.need ?? ''].join('\u0000');
}

/** What the agent still has to look at: the findings of rules they did not mute and that they did not dismiss. */
export function openFindings(findings: readonly Finding[], draft: string, dismissed: readonly string[], muted: ReadonlySet<string>): Finding[] {
  const hidden = new Set(dismissed);
  return findings.filter((finding) => !muted.has(finding.ruleId) && !hidden.has(findingKey(finding, draft)));
}
