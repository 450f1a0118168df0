import type { Category } from '../engine/types';
import { ANNOYANCE_UNACKNOWLEDGED_RULE, FEELINGS_UNACKNOWLEDGED_RULE, NAME_UNUSED_RULE, UNACKNOWLEDGED_RULES } from './outcome';
import { shareOf, type SelfAssessmentSummary, type Share } from './summary';

// Tips tied to what the agent's own final drafts still carry most often. Chapter 004 of the
// guidance asks agents to find what they could do better and to learn from their mistakes; these
// turn the agent's most frequent findings into one concrete next step each. Kind, specific, short.
// (guidance: 004 Assessing Your Personal Approach to Customer Service, "Identifying Areas for Improvement")

interface Advice {
  category: Category;
  /** What the agent's drafts tend to do, after "You often …" / "You sometimes …". */
  habit: string;
  /** One thing to try next time. */
  tryThis: string;
}

const UNACKNOWLEDGED: Advice = {
  category: 'empathy',
  habit: "skip acknowledging frustration when a customer is upset",
  tryThis: 'open with one sentence that names what went wrong for them, e.g. "I\'m sorry you\'ve had to chase this twice", before the fix.',
};

/** Advice for the default pack's rules that most shape a reply; other rules fall back to their category's advice. */
const RULE_ADVICE: Record<string, Advice> = {
  // Upset or only annoyed, the habit is the same one: one tip, counted over both (outcome.ts).
  [FEELINGS_UNACKNOWLEDGED_RULE]: UNACKNOWLEDGED,
  [ANNOYANCE_UNACKNOWLEDGED_RULE]: UNACKNOWLEDGED,
  [NAME_UNUSED_RULE]: {
    category: 'personalization',
    habit: "leave out the customer's name when you know it",
    tryThis: 'start with "Hi" and their first name; it shows a person read their message.',
  },
  'personalization.generic-greeting': {
    category: 'personalization',
    habit: 'greet customers with a form-letter opening',
    tryThis: 'swap "Dear customer" for a warm greeting with their name.',
  },
  'personalization.template-smell': {
    category: 'personalization',
    habit: 'send replies that read like an unedited template',
    tryThis: 'add one line that only this customer could have received: their order, their words, their situation.',
  },
  'tone.blame': {
    category: 'tone',
    habit: 'use phrases that can sound like the customer is at fault',
    tryThis: 'describe what happened and what you will do, rather than what they did or did not do.',
  },
  'tone.condescension': {
    category: 'tone',
    habit: 'use words that can come across as talking down',
    tryThis: 'drop "simply", "just" and "obviously": what is easy for you may not be for them.',
  },
  'tone.flat-refusal': {
    category: 'tone',
    habit: 'say no without offering another way forward',
    tryThis: 'pair every "we can\'t" with what you can do instead.',
  },
  'tone.robotic-boilerplate': {
    category: 'tone',
    habit: 'fall back on stock phrases',
    tryThis: 'say the same thing the way you would say it to someone at the counter.',
  },
  'tone.over-promising': {
    category: 'tone',
    habit: 'promise things outside your control',
    tryThis: 'promise the next step you own, and when you will update them.',
  },
  'clarity.reading-grade': {
    category: 'clarity',
    habit: 'write replies that are harder to read than they need to be',
    tryThis: 'prefer short, everyday words and one idea per sentence.',
  },
  'clarity.long-sentence': {
    category: 'clarity',
    habit: 'write long sentences',
    tryThis: 'split a sentence wherever you reach for "and" or "which".',
  },
  'clarity.wall-of-text': {
    category: 'clarity',
    habit: 'send long unbroken paragraphs',
    tryThis: 'break the reply into short paragraphs or numbered steps.',
  },
  'clarity.jargon': {
    category: 'clarity',
    habit: 'use internal jargon',
    tryThis: 'say what the term means for the customer instead of naming it.',
  },
  'clarity.vague-time': {
    category: 'clarity',
    habit: 'say "soon" or "shortly" without a time',
    tryThis: 'give a date, a time or a range, even a cautious one.',
  },
  'follow-up.unanswered-question': {
    category: 'follow-up',
    habit: "leave one of the customer's questions unanswered",
    tryThis: 'before sending, reread their message and tick off each question.',
  },
  'follow-up.next-step': {
    category: 'follow-up',
    habit: 'end without saying what happens next',
    tryThis: 'close with the next step and who takes it: you, them, or the team.',
  },
};

const CATEGORY_ADVICE: Record<Category, Omit<Advice, 'category'>> = {
  tone: {
    habit: 'send replies whose tone could land badly',
    tryThis: 'read the reply once as the customer would, on a bad day.',
  },
  empathy: {
    habit: "move to the fix before showing you've heard how the customer feels",
    tryThis: 'start with how the problem affected them, then solve it.',
  },
  clarity: {
    habit: 'send replies that are harder to follow than they need to be',
    tryThis: 'aim for short sentences, plain words, and one idea per paragraph.',
  },
  personalization: {
    habit: 'send replies that could have gone to anyone',
    tryThis: 'use their name and one detail from their message.',
  },
  'follow-up': {
    habit: "leave the customer's next question for them to ask",
    tryThis: 'answer what they will need next (when, how much, what if it does not work) before they ask.',
  },
};

export interface Tip {
  /** The rule id, or the category for a category-wide tip. */
  id: string;
  category: Category;
  /** e.g. "You often skip acknowledging frustration when a customer is upset". */
  title: string;
  /** e.g. "In 5 of your 8 replies to upset customers." */
  evidence: string;
  /** e.g. "Try: open with one sentence that names …". */
  tryThis: string;
}

/** A finding needs to come back before it is worth a tip: in at least 2 drafts and 1 in 5 of those it could appear in. */
const MIN_DRAFTS = 2;
const MIN_SHARE = 0.2;
const MAX_TIPS = 3;

const isFrequent = ({ count, share }: Share) => count >= MIN_DRAFTS && share !== null && share >= MIN_SHARE;

function often(share: number | null): string {
  return share !== null && share >= 0.5 ? 'often' : 'sometimes';
}

/** The rule's frequency among the drafts it could fire in: replies to upset customers, replies where the name was known, or all. */
function ruleShare(ruleId: string, count: number, summary: SelfAssessmentSummary): { share: Share; among: string } {
  if (UNACKNOWLEDGED_RULES.includes(ruleId)) {
    const { count: acknowledged, of } = summary.empathyWhenUpset;
    return { share: shareOf(of - acknowledged, of), among: 'replies to upset customers' };
  }
  if (ruleId === NAME_UNUSED_RULE) return { share: shareOf(count, summary.nameUse.of), among: "replies where you knew the customer's name" };
  return { share: shareOf(count, summary.drafts), among: 'final drafts' };
}

/** What the agent is most often left with, as up to three tips, most frequent first; a rule's own advice before its category's. */
export function tipsFor(summary: SelfAssessmentSummary): Tip[] {
  const candidates: { tip: Tip; share: number }[] = [];
  const covers = (category: Category) => candidates.some(({ tip }) => tip.category === category);
  for (const { ruleId, drafts } of summary.topRules) {
    const advice = RULE_ADVICE[ruleId];
    const { share, among } = ruleShare(ruleId, drafts.count, summary);
    if (!advice || !isFrequent(share) || covers(advice.category)) continue;
    candidates.push({ tip: tipFrom(ruleId, advice, share, among), share: share.share ?? 0 });
  }
  for (const { category, withFindings } of summary.categories) {
    if (!isFrequent(withFindings) || covers(category)) continue;
    candidates.push({ tip: tipFrom(category, { category, ...CATEGORY_ADVICE[category] }, withFindings, 'final drafts'), share: withFindings.share ?? 0 });
  }
  // Stable sort: at equal shares, rule tips (more concrete) stay ahead of category tips.
  return candidates
    .sort((a, b) => b.share - a.share)
    .slice(0, MAX_TIPS)
    .map(({ tip }) => tip);
}

function tipFrom(id: string, advice: Advice, share: Share, among: string): Tip {
  return {
    id,
    category: advice.category,
    title: `You ${often(share.share)} ${advice.habit}`,
    evidence: `In ${share.count} of your ${share.of} ${among}.`,
    tryThis: `Try: ${advice.tryThis}`,
  };
}

/** A few words for a rule in the "most frequent" list; undefined for rules without their own advice. */
export function ruleHabit(ruleId: string): string | undefined {
  const advice = RULE_ADVICE[ruleId];
  return advice && advice.habit.charAt(0).toUpperCase() + advice.habit.slice(1);
}
