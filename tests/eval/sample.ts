// The evaluation sample: which corpus pairs are labelled, drawn with a fixed seed so the set stays the
// same while the engine changes (../shared/evaluation.md, "Sampling"). Only ids are kept in the repo.
import type { CorpusPair } from '../corpus/corpus';

/** `tune` is what rules are adjusted against; `holdout` is never looked at while tuning and is reported apart. */
export type EvaluationPart = 'tune' | 'holdout';

export interface SampledPair {
  id: string;
  part: EvaluationPart;
}

/**
 * How many pairs each part draws from each corpus file, in the shuffled order: the first `tune`, then
 * `holdout`, then `moreTune` and `moreHoldout` (batches labelled later; earlier pairs never change part).
 */
export const SAMPLE_SIZES = {
  real: { tune: 220, holdout: 100, moreTune: 200, moreHoldout: 200 },
  long: { tune: 25, holdout: 15, moreTune: 0, moreHoldout: 0 },
} as const;

const SEED = 20261129;

/**
 * Real (non-synthetic) pairs from conversations.jsonl and email-style pairs from long_replies.jsonl,
 * each shuffled with the fixed seed; the first ones tune, the next ones are held out.
 */
export function evaluationSample(conversations: readonly CorpusPair[], longReplies: readonly CorpusPair[]): SampledPair[] {
  return [
    ...draw(conversations.filter((pair) => !pair.synthetic), SAMPLE_SIZES.real, SEED),
    ...draw(longReplies, SAMPLE_SIZES.long, SEED + 1),
  ];
}

function draw(pairs: readonly CorpusPair[], sizes: { tune: number; holdout: number; moreTune: number; moreHoldout: number }, seed: number): SampledPair[] {
  const ids = shuffled(pairs.map((pair) => pair.id).sort(), seed);
  const heldOutEnd = sizes.tune + sizes.holdout;
  return [
    ...ids.slice(0, sizes.tune).map((id) => ({ id, part: 'tune' as const })),
    ...ids.slice(sizes.tune, heldOutEnd).map((id) => ({ id, part: 'holdout' as const })),
    ...ids.slice(heldOutEnd, heldOutEnd + sizes.moreTune).map((id) => ({ id, part: 'tune' as const })),
    ...ids.slice(heldOutEnd + sizes.moreTune, heldOutEnd + sizes.moreTune + sizes.moreHoldout).map((id) => ({ id, part: 'holdout' as const })),
  ];
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
