import type { Finding } from '../engine/types';
import type { RuleEvent } from './rule-stats';

/**
 * What changed between two analyses of the same draft, as counts per rule: a rule with more findings
 * than before "fired" again, one with fewer was "fixed" (the agent changed the words or applied the
 * fix). Counting per rule, not per position, keeps typing before a finding from counting it twice.
 * Dismissals are recorded where the agent dismisses: filter dismissed findings out of both lists, so a
 * dismissal does not also count as a fix. Do not call it when the draft was emptied (sent) or the
 * editor went away: nothing was fixed then.
 */
export function ruleEventsBetween(previous: readonly Finding[], next: readonly Finding[]): { ruleId: string; event: RuleEvent; count: number }[] {
  const before = countByRule(previous);
  const after = countByRule(next);
  const events: { ruleId: string; event: RuleEvent; count: number }[] = [];
  for (const ruleId of new Set([...before.keys(), ...after.keys()])) {
    const delta = (after.get(ruleId) ?? 0) - (before.get(ruleId) ?? 0);
    if (delta > 0) events.push({ ruleId, event: 'fired', count: delta });
    if (delta < 0) events.push({ ruleId, event: 'fixed', count: -delta });
  }
  return events;
}

function countByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return counts;
}
