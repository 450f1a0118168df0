import type { RuleOfKind } from '../../rules/schema';
import { type Hit, type RuleContext, type RuleRunner, bodySentences } from '../context';
import { compileMatcher } from '../matcher';
import type { Span, Trigger } from '../types';

export interface TopicState {
  /** Where the topic came up: the customer's words (a `trigger`) and/or the reply's. */
  customerTrigger?: Trigger;
  draftMention?: Span;
  needs: { id: string; label: string; message: string; covered: boolean }[];
}

/** Evaluates a topic rule on one draft: does the topic apply, and which needs does the reply cover? */
export function compileTopicState(rule: RuleOfKind<'topic'>): (context: RuleContext) => TopicState | undefined {
  const customerTrigger = rule.triggers.customer ? compileMatcher(rule.triggers.customer) : undefined;
  const draftTrigger = rule.triggers.draft ? compileMatcher(rule.triggers.draft) : undefined;
  const needs = rule.needs.map((need) => ({ ...need, covers: compileMatcher(need.coveredBy) }));
  // The rule's findings and the panel's checklist both ask, once per analysis.
  const answers = new WeakMap<RuleContext, TopicState | undefined>();
  return (context) => {
    if (!answers.has(context)) answers.set(context, evaluate(context));
    return answers.get(context);
  };

  function evaluate({ input, text }: RuleContext): TopicState | undefined {
    const inCustomer = input.customerMessage ? customerTrigger?.findAll(input.customerMessage)[0] : undefined;
    const inDraft = draftTrigger?.findAll(text.prose)[0];
    if (!inCustomer && !inDraft) return undefined;
    return {
      ...(inCustomer ? { customerTrigger: { source: 'customer' as const, ...inCustomer } } : {}),
      ...(inDraft ? { draftMention: inDraft } : {}),
      needs: needs.map(({ id, label, message, covers }) => ({ id, label, message, covered: covers.test(text.prose) })),
    };
  }
}

/** Topic: one follow-up finding for each anticipated need of the topic that the reply does not cover. */
export function compileTopicRule(rule: RuleOfKind<'topic'>, stateOf = compileTopicState(rule)): RuleRunner {
  return (context) => {
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
  };
}

/** The sentence where the reply talks about the topic, or its last sentence: where the missing detail belongs. */
function whereToAdd({ text }: RuleContext, mention: Span | undefined): Span {
  const sentences = bodySentences(text);
  const near = mention && sentences.find((sentence) => sentence.start <= mention.start && mention.start < sentence.end);
  const sentence = near ?? sentences.at(-1) ?? text.sentences[0];
  return sentence ? { start: sentence.start, end: sentence.end } : { start: 0, end: 0 };
}
