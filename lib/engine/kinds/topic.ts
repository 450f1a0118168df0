import type { RuleOfKind } from '../../rules/schema';
import type { AnalysisContext } from '../analysis-context';
import { bodySentences, closingPlace } from '../anchors';
import type { Hit, RuleBehaviour } from '../hit';
import { compileCondition } from '../condition';
import { compileMatcher } from '../matcher';
import { sentenceIndexAt } from './phrase';
import type { Span, Trigger } from '../types';

export interface TopicState {
  /** Where the topic came up: the customer's words (a `trigger`) and/or the reply's. */
  customerTrigger?: Trigger;
  draftMention?: Span;
  needs: { id: string; label: string; message: string; covered: boolean; vague: boolean }[];
}

/**
 * Topic: when the conversation is about a topic, one follow-up finding for each anticipated need the
 * reply does not cover, and the topic's checklist in the listening summary. Both read one state per
 * analysis.
 */
export function compileTopicRule(rule: RuleOfKind<'topic'>): RuleBehaviour {
  const customerTrigger = rule.triggers.customer ? compileMatcher(rule.triggers.customer) : undefined;
  const draftTrigger = rule.triggers.draft ? compileMatcher(rule.triggers.draft) : undefined;
  const declines = rule.triggers.unless ? compileMatcher(rule.triggers.unless) : undefined;
  const needs = rule.needs.map((need) => ({
    ...need,
    covers: compileMatcher(need.coveredBy),
    vagueMention: need.vagueBy ? compileMatcher(need.vagueBy) : undefined,
    applies: compileCondition(need.when),
  }));

  /** Where the reply takes the action, in a sentence that does not also decline it ("we can't refund…"). */
  const actionIn = ({ text }: AnalysisContext): Span | undefined =>
    draftTrigger?.findAll(text.prose).find((match) => {
      const sentence = text.sentences[sentenceIndexAt(text.sentences, match.start)];
      return !declines || !sentence || !declines.test(text.prose.slice(sentence.start, sentence.end));
    });

  // The customer's message stays the same while the agent types: where it raises the topic is found once.
  let lastCustomer: { message: string; trigger: Span | undefined } | undefined;
  const customerRaises = (message: string | undefined): Span | undefined => {
    if (!message || !customerTrigger) return undefined;
    if (lastCustomer?.message !== message) lastCustomer = { message, trigger: customerTrigger.findAll(message)[0] };
    return lastCustomer.trigger;
  };

  const evaluate = (context: AnalysisContext): TopicState | undefined => {
    const { input, text } = context;
    // Most drafts take no action of this topic: that answer is the cheap one, so it comes first.
    const action = draftTrigger ? actionIn(context) : undefined;
    if (draftTrigger && !action) return undefined;
    const inCustomer = customerRaises(input.customerMessage);
    if (!draftTrigger && !inCustomer) return undefined;
    return {
      ...(inCustomer ? { customerTrigger: { source: 'customer' as const, ...inCustomer } } : {}),
      ...(action ? { draftMention: action } : {}),
      needs: needs
        .filter((need) => need.applies(context))
        .map(({ id, label, message, covers, vagueMention }) => {
          const covered = covers.test(text.prose);
          return { id, label, message, covered, vague: !covered && Boolean(vagueMention?.test(text.prose)) };
        }),
    };
  };
  const stateOf = (context: AnalysisContext) => context.fact(`topic:${rule.id}`, () => evaluate(context));

  return {
    run(context) {
      const state = stateOf(context);
      if (!state) return [];
      const anchor = whereToAdd(context, state.draftMention);
      const hits: Hit[] = [];
      for (const need of state.needs) {
        if (need.covered || need.vague) continue;
        hits.push({
          ...anchor,
          topic: rule.topic,
          need: need.id,
          vars: { need: need.message, topic: rule.label },
          ...(state.customerTrigger ? { trigger: state.customerTrigger } : {}),
        });
      }
      return hits;
    },
    listening(context) {
      const state = stateOf(context);
      if (!state) return {};
      return {
        topics: [
          {
            topic: rule.topic,
            ruleId: rule.id,
            label: rule.label,
            ...(state.customerTrigger ? { trigger: state.customerTrigger } : {}),
            needs: state.needs.map(({ id, label, covered, vague }) => ({ id, label, covered, ...(vague ? { vague } : {}) })),
          },
        ],
      };
    },
  };
}

/** The sentence where the reply talks about the topic (the missing detail belongs there), else the end of the reply. */
function whereToAdd({ text }: AnalysisContext, mention: Span | undefined): Span {
  const near = mention && bodySentences(text).find((sentence) => sentence.start <= mention.start && mention.start < sentence.end);
  return near ? { start: near.start, end: near.end } : closingPlace(text);
}
