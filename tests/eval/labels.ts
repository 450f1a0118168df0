// The hand labels of the evaluation set (../shared/evaluation.md): for each pair and category, whether a
// good team lead would want the agent to reconsider the reply for that reason. Corpus pairs are
// labelled by id only (the corpus text stays in ../shared); our own email tickets carry their text.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CATEGORIES, type Category } from '../../lib/engine/types';
import type { EvaluationPart } from './sample';

/**
 * `flag`: clearly worth a warning. `hint`: worth at most a soft hint (an info finding is right, a
 * warning is not). `ok`: nothing to raise. `unsure`: a split call, neither required nor forbidden.
 */
export const VERDICTS = ['flag', 'hint', 'ok', 'unsure'] as const;
export type Verdict = (typeof VERDICTS)[number];

const categoryLabels = z.strictObject(Object.fromEntries(CATEGORIES.map((category) => [category, z.enum(VERDICTS)])) as Record<Category, z.ZodEnum<{ [K in Verdict]: K }>>);

export const pairLabel = z.strictObject({
  id: z.string().min(1),
  labeller: z.string().min(1),
  labels: categoryLabels,
  /** Why, in the labeller's own words (never the corpus text). */
  why: z.partialRecord(z.enum(CATEGORIES), z.string()).optional(),
  /** For follow-up: the questions or needs left open, in a few words. */
  open: z.array(z.string()).optional(),
});
export type PairLabel = z.infer<typeof pairLabel>;

/** A ticket and draft of our own (helpdesk email is the product's main channel; the corpus is mostly social). */
export const emailTicket = pairLabel.extend({
  part: z.enum(['tune', 'holdout']),
  composer: z.enum(['reply', 'note']),
  customerName: z.string().min(1),
  subject: z.string().min(1),
  customer: z.string().min(1),
  draft: z.string().min(1),
});
export type EmailTicket = z.infer<typeof emailTicket>;

const LABELS_DIR = new URL('./labels/', import.meta.url);

export function readCorpusLabels(): PairLabel[] {
  return readJsonLines(new URL('corpus.jsonl', LABELS_DIR), pairLabel);
}

/** Second opinions on our own email tickets, by id (the tickets carry their writer's labels). */
export function readEmailTicketLabels(): PairLabel[] {
  return readJsonLines(new URL('email-tickets.jsonl', LABELS_DIR), pairLabel);
}

export function readEmailTickets(): EmailTicket[] {
  return readJsonLines(new URL('./email-tickets.jsonl', import.meta.url), emailTicket);
}

function readJsonLines<T>(file: URL, schema: z.ZodType<T>): T[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const rows: T[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file.pathname}:${index + 1}: ${z.prettifyError(parsed.error)}`);
    rows.push(parsed.data);
  });
  return rows;
}

/** Several labellers' calls on one pair and category, as one: agreeing calls stand, a split one is `unsure`. */
export function combinedVerdict(verdicts: readonly Verdict[]): Verdict {
  const distinct = new Set(verdicts);
  if (distinct.size === 1) return verdicts[0]!;
  return 'unsure';
}

/** One labelled pair, ready to score: its labels combined over labellers. */
export interface LabelledPair {
  id: string;
  part: EvaluationPart;
  source: 'corpus' | 'email';
  composer: 'reply' | 'note';
  labels: Record<Category, Verdict>;
  /** Each labeller's own calls, for agreement figures. */
  byLabeller: PairLabel[];
}

export function combineLabels(id: string, part: EvaluationPart, source: LabelledPair['source'], composer: LabelledPair['composer'], rows: readonly PairLabel[]): LabelledPair {
  const labels = Object.fromEntries(CATEGORIES.map((category) => [category, combinedVerdict(rows.map((row) => row.labels[category]))])) as Record<Category, Verdict>;
  return { id, part, source, composer, labels, byLabeller: [...rows] };
}
