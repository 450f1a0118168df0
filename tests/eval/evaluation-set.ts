// The evaluation set as the engine sees it: each labelled pair with the input the extension would give.
import type { AnalysisInput } from '../../lib/engine/types';
import { corpusAvailable, readCorpus } from '../corpus/corpus';
import { combineLabels, type LabelledPair, type PairLabel, readCorpusLabels, readEmailTicketLabels, readEmailTickets } from './labels';
import { evaluationSample } from './sample';

export interface EvaluationCase extends LabelledPair {
  input: AnalysisInput;
  /** The labelling round of a corpus pair (tests/eval/sample.ts); our email tickets have none. */
  round?: number;
}

export interface EvaluationSet {
  cases: EvaluationCase[];
  /** Why the corpus part is missing, when it is (a clone without ../shared). */
  corpusSkipped?: string;
}

export function loadEvaluationSet(): EvaluationSet {
  const secondOpinions = groupById(readEmailTicketLabels());
  const email = readEmailTickets().map((ticket): EvaluationCase => ({
    ...combineLabels(ticket.id, ticket.part, 'email', ticket.composer, [ticket, ...(secondOpinions.get(ticket.id) ?? [])]),
    input: { draft: ticket.draft, customerMessage: ticket.customer, customerName: ticket.customerName, subject: ticket.subject },
  }));
  if (!corpusAvailable()) return { cases: email, corpusSkipped: '../shared/corpus not found beside the clone: only our own email tickets were scored' };

  const pairs = new Map([...readCorpus('conversations.jsonl'), ...readCorpus('long_replies.jsonl')].map((pair) => [pair.id, pair]));
  const labelsById = groupById(readCorpusLabels());
  const corpus: EvaluationCase[] = [];
  for (const { id, part, round } of evaluationSample(readCorpus('conversations.jsonl'), readCorpus('long_replies.jsonl'))) {
    const pair = pairs.get(id);
    const labels = labelsById.get(id);
    if (!pair) throw new Error(`evaluation sample names ${id}, which is not in ../shared/corpus`);
    if (!labels?.length) throw new Error(`no labels for ${id} in tests/eval/labels/corpus.jsonl`);
    corpus.push({ ...combineLabels(id, part, 'corpus', 'reply', labels), round, input: { draft: pair.agent, customerMessage: pair.customer } });
  }
  return { cases: [...corpus, ...email] };
}

function groupById(labels: readonly PairLabel[]): Map<string, PairLabel[]> {
  const byId = new Map<string, PairLabel[]>();
  for (const label of labels) byId.set(label.id, [...(byId.get(label.id) ?? []), label]);
  return byId;
}
