import type { RuleOfKind } from '../../rules/schema';
import type { AnalysisContext } from '../analysis-context';
import { bodySentences, closingPlace } from '../anchors';
import type { Hit, RuleBehaviour } from '../hit';
import { compileMatcher } from '../matcher';
import type { Span, Trigger } from '../types';

export interface TopicState {
  /** Where the topic came up: the customer's words (a `trigger`) and/or the reply's. */
  customerTrigger?: Trigger;
  draftMention?: Span;
  needs: { id: string; label: string; message: string; covered: boolean }[];
}

/**
 * Topic: when the conversation is about a topic, one follow-up finding for each anticipated need the
 * reply does not cover, and the topic's checklist in the listening summary. Both read one state per
 * analysis.
 */
export function compileTopicRule(rule: RuleOfKind<'topic'>): RuleBehaviour {
  const customerTrigger = rule.triggers.customer ? compileMatcher(rule.triggers.customer) : undefined;
  const draftTrigger = rule.triggers.draft ? compileMatcher(rule.triggers.draft) : undefined;
  const needs = rule.needs.map((need) => ({ ...need, covers: compileMatcher(need.coveredBy) }));

  const evaluate = ({ input, text }: AnalysisContext): TopicState | undefined => {
    const inCustomer = input.customerMessage ? customerTrigger?.findAll(input.customerMessage)[0] : undefined;
    const inDraft = draftTrigger?.findAll(text.prose)[0];
    if (!inCustomer && !inDraft) return undefined;
    return {
      ...(inCustomer ? { customerTrigger: { source: 'customer' as const, ...inCustomer } } : {}),
      ...(inDraft ? { draftMention: inDraft } : {}),
      needs: needs.map(({ id, label, message, covers }) => ({ id, label, message, covered: covers.test(text.prose) })),
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
        if (need.covered) continue;
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
            needs: state.needs.map(({ id, label, covered }) => ({ id, label, covered })),
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
