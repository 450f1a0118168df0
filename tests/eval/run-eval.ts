// `npm run eval`: the engine's precision and recall on the hand-labelled evaluation set, per rule and
// per category, for the tuned part and the held-out part apart (../shared/evaluation.md).
//   npm run eval                 both parts, as text
//   npm run eval -- --json       the same as JSON
//   npm run eval -- --show wrong the tuned part's wrong findings with their pair ids (never the held-out part's)
import { parseArgs } from 'node:util';
import { analyze } from '../../lib/engine';
import { CATEGORIES, SEVERITIES } from '../../lib/engine/types';
import { defaultRuleSet } from '../../lib/rules/default-pack';
import { ruleSetFor } from '../../lib/rules/profiles';
import { type EvaluationCase, loadEvaluationSet } from './evaluation-set';
import { type EvaluationReport, type FindingVerdict, report, type ScoredPair, scorePair, type Tally } from './score';
import type { EvaluationPart } from './sample';

export function scoreCases(cases: readonly EvaluationCase[]): ScoredPair[] {
  const pack = defaultRuleSet();
  return cases.map((entry) => scorePair(entry, analyze(entry.input, ruleSetFor(pack, { composer: entry.composer })).findings));
}

export function evaluate(): { parts: Record<EvaluationPart, EvaluationReport>; scored: ScoredPair[]; corpusSkipped?: string } {
  const { cases, corpusSkipped } = loadEvaluationSet();
  const scored = scoreCases(cases);
  const part = (name: EvaluationPart) => report(scored.filter((entry) => entry.pair.part === name));
  return { parts: { tune: part('tune'), holdout: part('holdout') }, scored, ...(corpusSkipped ? { corpusSkipped } : {}) };
}

const pct = (share: number | undefined) => (share === undefined ? '   –  ' : `${(share * 100).toFixed(1).padStart(5)}%`);
const counts = (entry: Tally) => `${String(entry.right).padStart(3)} right ${String(entry.wrong).padStart(3)} wrong ${String(entry.findings - entry.right - entry.wrong).padStart(2)} split`;

function formatReport(title: string, result: EvaluationReport): string {
  const lines = [
    `${title}: ${result.pairs} replies, ${result.findings} findings (${result.findingsPerReply.toFixed(2)} per reply)`,
    `  replies with a wrong finding ${pct(result.repliesWithWrongFinding)}   with a right finding ${pct(result.repliesWithRightFinding)}   recall ${pct(result.recall.recall)} (${result.recall.found} of ${result.recall.problems} problems)`,
    '  by severity:',
    ...SEVERITIES.map((severity) => `    ${severity.padEnd(16)} precision ${pct(result.bySeverity[severity].precision)}  ${counts(result.bySeverity[severity])}`),
    '  by category:',
    ...CATEGORIES.map((category) => {
      const entry = result.byCategory[category];
      return `    ${category.padEnd(16)} precision ${pct(entry.precision)}  ${counts(entry)}   recall ${pct(entry.recall)} (${entry.found} of ${entry.problems})`;
    }),
    '  by rule:',
    ...Object.entries(result.byRule)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ruleId, entry]) => `    ${ruleId.padEnd(36)} ${entry.severity.padEnd(7)} precision ${pct(entry.precision)}  ${counts(entry)}`),
  ];
  return lines.join('\n');
}

function showFindings(scored: readonly ScoredPair[], wanted: FindingVerdict | 'all', rule: string | undefined): string {
  const lines: string[] = [];
  for (const { pair, findings } of scored) {
    if (pair.part !== 'tune') continue;
    for (const { finding, verdict } of findings) {
      if (wanted !== 'all' && verdict !== wanted) continue;
      if (rule && finding.ruleId !== rule) continue;
      lines.push(`${verdict.padEnd(11)} ${pair.id}  ${finding.ruleId}  [${pair.labels[finding.category]}]  ${finding.message}`);
    }
  }
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, show: { type: 'string' }, rule: { type: 'string' } } });
  const result = evaluate();
  if (result.corpusSkipped) console.error(`note: ${result.corpusSkipped}`);
  if (values.show) {
    const wanted = values.show as FindingVerdict | 'all';
    if (!['right', 'wrong', 'not-counted', 'all'].includes(wanted)) throw new Error('--show takes right, wrong, not-counted or all');
    console.log(showFindings(result.scored, wanted, values.rule));
    return;
  }
  if (values.json) console.log(JSON.stringify(result.parts, null, 2));
  else console.log(`${formatReport('Tuned part', result.parts.tune)}\n\n${formatReport('Held-out part (never tuned against)', result.parts.holdout)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
