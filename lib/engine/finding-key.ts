import type { Finding } from './types';

/**
 * What makes two findings the same finding: the rule, the words of the draft it is about, the topic
 * need, and the customer's words that caused it. Offsets are left out, so a finding keeps its key while
 * the agent types elsewhere. The engine drops repeats by it, dismissals and statistics recognize a
 * finding by it.
 */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'start' | 'end' | 'topic' | 'need' | 'trigger'>, draft: string): string {
  return [finding.ruleId, draft.slice(finding.start, finding.end), finding.topic ?? '', finding.need ?? '', finding.trigger ? `${finding.trigger.start}-${finding.trigger.end}` : ''].join('\u0000');
}
