import type { Finding } from '../engine/types';
import { SEVERITIES } from '../rules/vocabulary';
import { findingKey } from '../engine/finding-key';

/** One line of the panel: a rule's finding on some words (the engine gives one per rule and words). */
export interface FindingEntry {
  key: string;
  finding: Finding;
  /** The words it is about ("" for a finding about a place: something missing there). */
  words: string;
}

/** The panel's findings list: what matters most first, tips apart. */
export interface RankedFindings {
  /** Warnings and errors, the worst first, then those with a one-click fix, then in draft order. */
  entries: FindingEntry[];
  /** Info-level tips, shown folded under their count. */
  tips: FindingEntry[];
}

/**
 * The draft's findings as the panel lists them. Follow-up findings are not here: they are what the
 * reply leaves out, listed with the customer's questions under "Before you send" (before-you-send.ts).
 */
export function rankFindings(findings: readonly Finding[], draft: string): RankedFindings {
  const ranked = findings
    .filter((finding) => finding.category !== 'follow-up')
    .map((finding) => ({ key: findingKey(finding, draft), finding, words: draft.slice(finding.start, finding.end) }))
    .sort(byImportance);
  return { entries: ranked.filter((entry) => entry.finding.severity !== 'info'), tips: ranked.filter((entry) => entry.finding.severity === 'info') };
}

function byImportance(a: FindingEntry, b: FindingEntry): number {
  return (
    SEVERITIES.indexOf(b.finding.severity) - SEVERITIES.indexOf(a.finding.severity) ||
    Number(Boolean(b.finding.suggestion)) - Number(Boolean(a.finding.suggestion)) ||
    a.finding.start - b.finding.start ||
    a.finding.ruleId.localeCompare(b.finding.ruleId)
  );
}
