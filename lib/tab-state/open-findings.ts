import { findingKey } from '../engine/finding-key';
import type { Finding } from '../engine/types';

/**
 * What the agent still has to look at: the findings of rules they did not mute and that they did not
 * dismiss (dismissals are finding keys, lib/engine/finding-key.ts: the rule and its words, so a
 * dismissed finding stays away while the agent types elsewhere).
 */
export function openFindings(findings: readonly Finding[], draft: string, dismissed: readonly string[], muted: ReadonlySet<string>): Finding[] {
  const hidden = new Set(dismissed);
  return findings.filter((finding) => !muted.has(finding.ruleId) && !hidden.has(findingKey(finding, draft)));
}
