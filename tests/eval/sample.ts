// The evaluation sample: which corpus pairs are labelled, drawn with a fixed seed so the set stays the
// same while the engine changes (../shared/evaluation.md, "Sampling"). Only ids are kept in the repo.
import type { CorpusPair } from '../corpus/corpus';

/** `tune` is what rules are adjusted against; `holdout` is never looked at while tuning and is reported apart. */
export type EvaluationPart = 'tune' | 'holdout';

export interface SampledPair {
  id: string;
  part: EvaluationPart;
  /** The labelling round the pair was drawn in (see SAMPLE_BATCHES). */
  round: number;
}

interface Batch {
  part: EvaluationPart;
  size: number;
  /** Pairs of both files labelled together share a round; `npm run eval -- --round N` scores one. */
  round: number;
}

/**
 * The batches drawn from each corpus file, in the shuffled order. A batch is only ever appended, so a
 * batch labelled later never moves an earlier pair to the other part. Round 3 was labelled blind by two
 * labellers after the rules had been tuned on rounds 1 and 2: its first figures (docs/evaluation.md) were
 * one more look, like the held-out part's, at how far the tuning carries to replies it has not seen.
 */
export const SAMPLE_BATCHES: Record<'real' | 'long', readonly Batch[]> = {
  real: [
    { part: 'tune', size: 220, round: 1 },
    { part: 'holdout', size: 100, round: 1 },
    { part: 'tune', size: 200, round: 2 },
    { part: 'holdout', size: 200, round: 2 },
    { part: 'tune', size: 120, round: 3 },
    { part: 'tune', size: 300, round: 4 },
    { part: 'holdout', size: 300, round: 4 },
    { part: 'tune', size: 240, round: 5 },
    { part: 'tune', size: 240, round: 6 },
    { part: 'holdout', size: 240, round: 6 },
    { part: 'tune', size: 240, round: 7 },
    { part: 'tune', size: 150, round: 8 },
    { part: 'holdout', size: 150, round: 8 },
    { part: 'tune', size: 130, round: 9 },
  ],
  long: [
    { part: 'tune', size: 25, round: 1 },
    { part: 'holdout', size: 15, round: 1 },
    { part: 'tune', size: 30, round: 3 },
    { part: 'tune', size: 60, round: 4 },
    { part: 'holdout', size: 40, round: 4 },
    { part: 'tune', size: 40, round: 5 },
    { part: 'tune', size: 30, round: 6 },
    { part: 'holdout', size: 30, round: 6 },
    { part: 'tune', size: 30, round: 7 },
    { part: 'tune', size: 10, round: 8 },
    { part: 'holdout', size: 10, round: 8 },
  ],
};

const SEED = 20261129;

/**
 * Real (non-synthetic) pairs from conversations.jsonl and email-style pairs from long_replies.jsonl,
 * each shuffled with the fixed seed and cut into SAMPLE_BATCHES.
 */
export function evaluationSample(conversations: readonly CorpusPair[], longReplies: readonly CorpusPair[]): SampledPair[] {
  return [
    ...draw(conversations.filter((pair) => !pair.synthetic), SAMPLE_BATCHES.real, SEED),
    ...draw(longReplies, SAMPLE_BATCHES.long, SEED + 1),
  ];
}

function draw(pairs: readonly CorpusPair[], batches: readonly Batch[], seed: number): SampledPair[] {
  const ids = shuffled(pairs.map((pair) => pair.id).sort(), seed);
  const sampled: SampledPair[] = [];
  let start = 0;
  for (const { part, size, round } of batches) {
    for (const id of ids.slice(start, start + size)) sampled.push({ id, part, round });
    start += size;
  }
  return sampled;
}

/** Fisher–Yates with mulberry32: the same order on every machine and Node version. */
function shuffled<T>(items: T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}
