// How well the anticipated follow-up needs (issue #3) predict what customers really ask next:
// `npm run report:follow-up`. Over the ../shared/corpus pairs that have the customer's next message,
// it compares what the engine said the reply left open (uncovered topic needs, unanswered questions)
// with what that next message asks. A report, not a test: the corpus is small and noisy.
import { analyze } from '../../lib/engine';
import { findQuestions } from '../../lib/engine/customer/questions';
import { keyTerms } from '../../lib/engine/customer/key-terms';
import { comparableStem } from '../../lib/engine/customer/synonyms';
import { compileMatcher } from '../../lib/engine/matcher';
import { defaultRuleSet } from '../../lib/rules/default-pack';
import { corpusAvailable, readCorpus } from '../corpus/corpus';

if (!corpusAvailable()) {
  console.log('../shared/corpus not found: nothing to report (the report reads the customers\' real next messages).');
  process.exit(0);
}

const topicRules = defaultRuleSet().rules.flatMap((rule) => (rule.kind === 'topic' ? [rule] : []));
/** A topic counts as raised again when its customer triggers, or the words of a need, appear in the next message. */
const raisesNeed = new Map(
  topicRules.flatMap((rule) =>
    rule.needs.map((need) => [
      `${rule.topic}/${need.id}`,
      { topic: compileMatcher({ phrases: rule.triggers.customer?.phrases ?? [], caseSensitive: false }), need: compileMatcher(need.coveredBy) },
    ]),
  ),
);

const stemsOf = (text: string) => new Set(keyTerms(text).map((term) => comparableStem(term.stem)));

const pairs = readCorpus('conversations.jsonl').filter((pair) => pair.followup && !pair.synthetic);
let withPrediction = 0;
let predictionRaised = 0;
let predictions = 0;
let predictionsRaised = 0;
let followupsAsking = 0;
let followupsAskingPredicted = 0;
const byKind = new Map<string, { predicted: number; raised: number }>();

for (const pair of pairs) {
  const next = pair.followup!;
  const { findings } = analyze({ draft: pair.agent, customerMessage: pair.customer });
  const predicted = findings.filter((finding) => finding.topic || finding.ruleId === 'follow-up.unanswered-question');
  const nextAsks = findQuestions(next).length > 0;
  const nextStems = stemsOf(next);
  let anyRaised = false;
  for (const finding of predicted) {
    const kind = finding.topic ? `${finding.topic}/${finding.need}` : 'unanswered-question';
    let raised: boolean;
    if (finding.topic) {
      const test = raisesNeed.get(kind)!;
      raised = nextAsks && (test.topic.test(next) || test.need.test(next));
    } else {
      const question = pair.customer.slice(finding.trigger!.start, finding.trigger!.end);
      raised = [...stemsOf(question)].some((stem) => nextStems.has(stem));
    }
    const counts = byKind.get(kind) ?? { predicted: 0, raised: 0 };
    counts.predicted++;
    if (raised) counts.raised++;
    byKind.set(kind, counts);
    predictions++;
    if (raised) predictionsRaised++;
    anyRaised ||= raised;
  }
  if (predicted.length > 0) withPrediction++;
  if (anyRaised) predictionRaised++;
  if (nextAsks) {
    followupsAsking++;
    if (anyRaised) followupsAskingPredicted++;
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
console.log(`Follow-up prediction over ${pairs.length} real pairs with the customer's next message\n`);
console.log(`replies with ≥1 predicted open item:                         ${withPrediction} (${percent(withPrediction, pairs.length)})`);
console.log(`  …whose next message asks for one of them:                  ${predictionRaised} (${percent(predictionRaised, withPrediction)})`);
console.log(`predicted open items:                                        ${predictions}`);
console.log(`  …never raised by the customer:                             ${predictions - predictionsRaised} (${percent(predictions - predictionsRaised, predictions)})`);
console.log(`next messages that ask something:                            ${followupsAsking}`);
console.log(`  …asking for something predicted:                           ${followupsAskingPredicted} (${percent(followupsAskingPredicted, followupsAsking)})`);
console.log('\nby kind                               predicted  raised next');
for (const [kind, counts] of [...byKind].sort((a, b) => b[1].predicted - a[1].predicted)) {
  console.log(`${kind.padEnd(38)}${String(counts.predicted).padStart(9)}  ${String(counts.raised).padStart(5)} (${percent(counts.raised, counts.predicted)})`);
}
