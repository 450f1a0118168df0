import { summarize as summarizeFindings } from '../cli/format-text';
import { analyze } from '../engine';
import { CATEGORIES, type Category, type Finding, SEVERITIES, type Severity } from '../engine/types';
import { ruleSetFor } from '../rules/profiles';
import type { RuleSet } from '../rules/schema';
import { EXPORT_FORMAT_INFO, type ExportFormat } from './export-formats';
import type { SavedReplies, SavedReply, SkippedEntry } from './saved-reply';

/** A finding with the words it is about, so a report can show them without the reply at hand. */
export interface AuditFinding extends Finding {
  /** The words of the reply the finding points at; "(missing)" when it is about something the reply lacks. */
  words: string;
}

export interface AuditedReply extends SavedReply {
  findings: AuditFinding[];
  counts: Record<Severity, number>;
  /** At least one warning or error: info findings alone are worth a look, not work. */
  needsWork: boolean;
}

export interface RuleTally {
  ruleId: string;
  title: string;
  category: Category;
  severity: Severity;
  findings: number;
  /** How many saved replies it fired on. */
  replies: number;
}

export interface CategoryTally {
  category: Category;
  findings: number;
  replies: number;
}

export interface AuditReport {
  source: { fileName: string; format: ExportFormat; label: string };
  ruleSet: { name: string; version: string };
  /** `YYYY-MM-DD`. */
  auditedOn: string;
  /** The replies that need work first (most errors, then warnings, then info), then the rest by name. */
  replies: AuditedReply[];
  skipped: SkippedEntry[];
  notes: string[];
  summary: {
    replies: number;
    needingWork: number;
    withErrors: number;
    findings: number;
    bySeverity: Record<Severity, number>;
    byCategory: CategoryTally[];
    /** Rules that fired, on the most replies first. */
    byRule: RuleTally[];
  };
}

/**
 * Stands in for the customer's name, so the engine judges a saved reply as one sent to a customer
 * whose name the helpdesk knows: a reply with a name placeholder uses it, one without is told to.
 * It never reaches the report: messages say "the customer", fixes the helpdesk's own placeholder.
 */
const STAND_IN_NAME = 'Replycoachcustomer';

export interface AuditMeta {
  fileName: string;
  auditedOn: string;
}

/** Runs the rule set on every saved reply, each as a public reply (or a note, for a note macro) in its helpdesk. */
export function auditSavedReplies(saved: SavedReplies, ruleSet: RuleSet, meta: AuditMeta): AuditReport {
  return reportOf(saved, ruleSet, meta, saved.replies.map((reply) => auditReply(reply, ruleSet, saved.format)));
}

/** Replies judged between two turns of the page's event loop: a thousand macros must not freeze the options page. */
const REPLIES_PER_STEP = 25;

/** The same audit in steps, giving the page back between them (the options page). */
export async function auditSavedRepliesInSteps(saved: SavedReplies, ruleSet: RuleSet, meta: AuditMeta, pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))): Promise<AuditReport> {
  const audited: AuditedReply[] = [];
  for (let start = 0; start < saved.replies.length; start += REPLIES_PER_STEP) {
    for (const reply of saved.replies.slice(start, start + REPLIES_PER_STEP)) audited.push(auditReply(reply, ruleSet, saved.format));
    await pause();
  }
  return reportOf(saved, ruleSet, meta, audited);
}

function reportOf(saved: SavedReplies, ruleSet: RuleSet, meta: AuditMeta, audited: AuditedReply[]): AuditReport {
  const info = EXPORT_FORMAT_INFO[saved.format];
  audited.sort(byNeedForWork);
  return {
    source: { fileName: meta.fileName, format: saved.format, label: info.label },
    ruleSet: { name: ruleSet.name, version: ruleSet.version },
    auditedOn: meta.auditedOn,
    replies: audited,
    skipped: saved.skipped,
    notes: saved.notes,
    summary: summarize(audited),
  };
}

function auditReply(reply: SavedReply, ruleSet: RuleSet, format: ExportFormat): AuditedReply {
  const { helpdesk, firstNamePlaceholder } = EXPORT_FORMAT_INFO[format];
  const rules = ruleSetFor(ruleSet, { composer: reply.composer, ...(helpdesk ? { helpdesk } : {}) });
  const { findings } = analyze({ draft: reply.text, customerName: STAND_IN_NAME }, rules);
  const audited = findings.map((finding) => withoutStandIn({ ...finding, words: wordsOf(reply.text, finding) }, firstNamePlaceholder));
  const counts = { info: 0, warning: 0, error: 0 };
  for (const finding of audited) counts[finding.severity] += 1;
  return { ...reply, findings: audited, counts, needsWork: counts.error + counts.warning > 0 };
}

/** The words a finding is about; a finding about a place (start === end, something missing) has none to show. */
export function wordsOf(text: string, finding: Pick<Finding, 'start' | 'end'>): string {
  return finding.end > finding.start ? text.slice(finding.start, finding.end) : '(missing)';
}

function withoutStandIn(finding: AuditFinding, placeholder: string | undefined): AuditFinding {
  // Quoted words are what to write ('use "Hi {{ticket.requester.first_name}}"'); elsewhere it is prose.
  const message = finding.message
    .replace(/"[^"]*"/g, (quoted) => quoted.replaceAll(STAND_IN_NAME, placeholder ?? '{first name}'))
    .replaceAll(STAND_IN_NAME, 'the customer');
  const { suggestion, ...rest } = finding;
  if (!suggestion?.replacement.includes(STAND_IN_NAME)) return { ...rest, message, ...(suggestion ? { suggestion } : {}) };
  // A literal name is no fix for a saved reply; the helpdesk's placeholder is, when the format has one.
  return { ...rest, message, ...(placeholder ? { suggestion: { replacement: suggestion.replacement.replaceAll(STAND_IN_NAME, placeholder) } } : {}) };
}

function byNeedForWork(a: AuditedReply, b: AuditedReply): number {
  return b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || b.counts.info - a.counts.info || a.name.localeCompare(b.name);
}

function summarize(replies: readonly AuditedReply[]): AuditReport['summary'] {
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  const categories = new Map<Category, CategoryTally>(CATEGORIES.map((category) => [category, { category, findings: 0, replies: 0 }]));
  const rules = new Map<string, RuleTally>();
  for (const reply of replies) {
    const seenCategories = new Set<Category>();
    const seenRules = new Set<string>();
    for (const finding of reply.findings) {
      bySeverity[finding.severity] += 1;
      categories.get(finding.category)!.findings += 1;
      seenCategories.add(finding.category);
      let tally = rules.get(finding.ruleId);
      if (!tally) {
        tally = { ruleId: finding.ruleId, title: finding.title, category: finding.category, severity: finding.severity, findings: 0, replies: 0 };
        rules.set(finding.ruleId, tally);
      }
      tally.findings += 1;
      seenRules.add(finding.ruleId);
    }
    for (const category of seenCategories) categories.get(category)!.replies += 1;
    for (const ruleId of seenRules) rules.get(ruleId)!.replies += 1;
  }
  return {
    replies: replies.length,
    needingWork: replies.filter((reply) => reply.needsWork).length,
    withErrors: replies.filter((reply) => reply.counts.error > 0).length,
    findings: replies.reduce((sum, reply) => sum + reply.findings.length, 0),
    bySeverity,
    byCategory: [...categories.values()],
    byRule: [...rules.values()].sort((a, b) => b.replies - a.replies || b.findings - a.findings || a.ruleId.localeCompare(b.ruleId)),
  };
}

/** "7 Zendesk macros audited (2 skipped): 5 need work. 15 findings (12 warnings, 3 info)". */
export function summaryLine(report: AuditReport): string {
  const { summary } = report;
  const skipped = report.skipped.length > 0 ? ` (${report.skipped.length} skipped)` : '';
  const findings = summarizeFindings(report.replies.flatMap((reply) => reply.findings));
  return `${summary.replies} ${report.source.label} audited${skipped}: ${summary.needingWork} ${summary.needingWork === 1 ? 'needs' : 'need'} work. ${findings}`;
}
