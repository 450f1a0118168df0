// Reads the shared reply corpus from ../shared/corpus (beside the clone, never copied into the
// project: some sources are licensed for non-commercial use only). See ../shared/corpus/SOURCES.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../lib/engine';
import { CATEGORIES, type Category, type Finding } from '../../lib/engine/types';

/** One customer → agent exchange, as written by ../shared/corpus/extract.py. */
export interface CorpusPair {
  id: string;
  source: string;
  customer: string;
  agent: string;
  company: string | null;
  /** LLM-written (Bitext, Tobi-Bueck tickets): not evidence of how real agents write. */
  synthetic: boolean;
  channel: string;
  turn: number | null;
  followup: string | null;
}

export type CorpusFile = 'conversations.jsonl' | 'long_replies.jsonl';

/** ../shared beside the clone (CI and every developer have it; see ../shared/README.md). */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');

/** False on a machine without ../shared: corpus tests and the bench's corpus part are skipped then. */
export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'conversations.jsonl')) && existsSync(join(CORPUS_DIR, 'long_replies.jsonl'));
}

export function readCorpus(file: CorpusFile): CorpusPair[] {
  const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as CorpusPair;
      } catch (error) {
        throw new Error(`${file} line ${index + 1} is not JSON: ${(error as Error).message}`, { cause: error });
      }
    });
}

/** The reply analyzed the way the extension sees it: the agent's draft with the customer's message as context. */
export function analyzePair(pair: CorpusPair, ruleSet?: Parameters<typeof analyze>[1]): Finding[] {
  return analyze({ draft: pair.agent, customerMessage: pair.customer }, ruleSet).findings;
}

/** How often rules fire over a set of replies: the share with ≥1 finding per category and per rule. */
export interface FiringReport {
  replies: number;
  byCategory: Record<Category, { replies: number; share: number }>;
  /** Rule id → replies with ≥1 finding of that rule, most frequent first. */
  byRule: { ruleId: string; category: Category; replies: number; share: number }[];
}

export function firingReport(findingsPerReply: readonly (readonly Finding[])[]): FiringReport {
  const replies = findingsPerReply.length;
  const categoryCounts = new Map<Category, number>(CATEGORIES.map((category) => [category, 0]));
  const ruleCounts = new Map<string, { category: Category; replies: number }>();
  for (const findings of findingsPerReply) {
    for (const category of new Set(findings.map((finding) => finding.category))) categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
    const rules = new Map(findings.map((finding) => [finding.ruleId, finding.category]));
    for (const [ruleId, category] of rules) {
      const entry = ruleCounts.get(ruleId) ?? { category, replies: 0 };
      entry.replies++;
      ruleCounts.set(ruleId, entry);
    }
  }
  const share = (count: number) => (replies === 0 ? 0 : count / replies);
  const byCategory = Object.fromEntries(
    CATEGORIES.map((category) => {
      const count = categoryCounts.get(category) ?? 0;
      return [category, { replies: count, share: share(count) }];
    }),
  ) as FiringReport['byCategory'];
  const byRule = [...ruleCounts]
    .map(([ruleId, { category, replies: count }]) => ({ ruleId, category, replies: count, share: share(count) }))
    .sort((a, b) => b.replies - a.replies || a.ruleId.localeCompare(b.ruleId));
  return { replies, byCategory, byRule };
}

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** A few lines for a test log or a report. */
export function formatFiringReport(title: string, report: FiringReport, topRules = 10): string {
  const lines = [`${title}: ${report.replies} replies`];
  for (const category of CATEGORIES) {
    const { replies, share } = report.byCategory[category];
    lines.push(`  ${category.padEnd(16)} ${percent(share).padStart(6)}  (${replies})`);
  }
  lines.push('  top rules:');
  for (const rule of report.byRule.slice(0, topRules)) lines.push(`    ${rule.ruleId.padEnd(36)} ${percent(rule.share).padStart(6)}  (${rule.replies})`);
  return lines.join('\n');
}
