// The engine over ~3,400 replies written by (or for) real support agents: nothing throws, every
// finding points inside the draft, findings come sorted, and most real replies, which are polite,
// get no tone finding at all. Reads ../shared/corpus at test time; skipped when it is absent.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/engine';
import { CORPUS_DIR, type CorpusFile, type CorpusPair, analyzePair, corpusAvailable, firingReport, formatFiringReport, percent, readCorpus } from './corpus';

/** The product promise: fewer than one real reply in ten gets told its tone is off. */
const MAX_REAL_TONE_SHARE = 0.1;
const CORPUS_TIMEOUT_MS = 120_000;

const available = corpusAvailable();
if (!available) console.warn(`${CORPUS_DIR} not found (../shared is missing): skipping the corpus tests.`);

/** What is wrong with one reply's findings, as readable lines (empty when all is well). */
function offsetProblems(pair: CorpusPair, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  const length = pair.agent.length;
  findings.forEach((finding, index) => {
    const where = `${pair.id} ${finding.ruleId} [${finding.start}, ${finding.end})`;
    if (!(Number.isInteger(finding.start) && Number.isInteger(finding.end))) problems.push(`${where}: offsets are not integers`);
    if (!(finding.start >= 0 && finding.start <= finding.end && finding.end <= length)) problems.push(`${where}: outside 0..${length}`);
    const previous = findings[index - 1];
    if (previous && previous.start > finding.start) problems.push(`${where}: comes after a finding starting at ${previous.start}`);
    if (/\{\w+\}/.test(finding.message)) problems.push(`${where}: unfilled template variable in "${finding.message}"`);
  });
  return problems;
}

describe.skipIf(!available)(available ? 'corpus' : 'corpus: ../shared not found: skipping', () => {
  const files: CorpusFile[] = ['conversations.jsonl', 'long_replies.jsonl'];
  const results = new Map<CorpusFile, { pair: CorpusPair; findings?: Finding[]; error?: unknown }[]>();
  const resultsOf = (file: CorpusFile) => results.get(file) ?? [];

  // Analyzed once, shared by the tests below; a whole-corpus pass takes seconds, not milliseconds.
  beforeAll(() => {
    for (const file of files) {
      results.set(
        file,
        readCorpus(file).map((pair) => {
          try {
            return { pair, findings: analyzePair(pair) };
          } catch (error) {
            return { pair, error };
          }
        }),
      );
    }
  }, CORPUS_TIMEOUT_MS);

  it.each(files)('%s: every reply is analyzed without throwing', (file) => {
    const failures = resultsOf(file)
      .filter((result) => result.error !== undefined)
      .map(({ pair, error }) => `${pair.id}: ${error instanceof Error ? error.stack : String(error)}`);
    expect(resultsOf(file).length).toBeGreaterThan(0);
    expect(failures.slice(0, 5), `${failures.length} replies threw`).toEqual([]);
  });

  it.each(files)('%s: findings lie inside the draft and come sorted by start', (file) => {
    const problems = resultsOf(file).flatMap(({ pair, findings }) => (findings ? offsetProblems(pair, findings) : []));
    expect(problems.slice(0, 10), `${problems.length} problems`).toEqual([]);
  });

  it(`fewer than ${percent(MAX_REAL_TONE_SHARE)} of real replies get a tone finding`, () => {
    const real = resultsOf('conversations.jsonl').filter(({ pair }) => !pair.synthetic);
    expect(real.length).toBeGreaterThan(1000);
    const report = firingReport(real.map(({ findings }) => findings ?? []));
    console.log(formatFiringReport('Real replies (conversations.jsonl, synthetic: false) with ≥1 finding', report, 12));
    const toneRules = report.byRule.filter((rule) => rule.category === 'tone');
    console.log(`Top tone rules: ${toneRules.map((rule) => `${rule.ruleId} ${percent(rule.share)}`).join(', ') || 'none'}`);
    expect(report.byCategory.tone.share).toBeLessThan(MAX_REAL_TONE_SHARE);
  });
});
