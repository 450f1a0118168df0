// The words rule files are written in. The engine imports them from here (rules are the lower
// layer), so a rule file and the engine can never disagree on what a category or a mood is.

/** The five things Reply Coach coaches on; every rule belongs to exactly one. */
export const CATEGORIES = ['tone', 'empathy', 'clarity', 'personalization', 'follow-up'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Where a rule coaches when it does not say: categories about the customer (their feelings, their name,
 * their questions and next needs) coach public replies only; an internal note to a colleague gets tone
 * and clarity.
 */
export const COMPOSERS = ['reply', 'note'] as const;
export type Composer = (typeof COMPOSERS)[number];
export const DEFAULT_COMPOSERS: Record<Category, readonly Composer[]> = {
  tone: COMPOSERS,
  empathy: ['reply'],
  clarity: COMPOSERS,
  personalization: ['reply'],
  'follow-up': ['reply'],
};

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * How the customer comes across. `upset`: clearly upset with us (a lead would want it acknowledged);
 * `annoyed`: mildly so, on one sign (a nudge at most); `repeat`: they had to write again.
 */
export const MOODS = ['upset', 'annoyed', 'urgent', 'repeat', 'neutral', 'positive'] as const;
export type Mood = (typeof MOODS)[number];

/** What kind of answer a customer's question calls for (lib/engine/customer/answer-shapes.ts reads it). */
export const ANSWER_SHAPES = ['time', 'amount', 'steps', 'action', 'yes-no', 'reason', 'open'] as const;
export type AnswerShape = (typeof ANSWER_SHAPES)[number];

/**
 * Every adapter id, as a contract: messages, per-tab state, tests and docs all use these strings.
 * Here, with the rest of the vocabulary, because rule profiles name helpdesks too; kept apart from
 * the adapters so the background and panel can validate ids without importing any DOM code.
 */
export const ADAPTER_IDS = [
  'zendesk',
  'freshdesk',
  'intercom',
  'helpscout',
  'front',
  'gmail',
  'salesforce',
  'hubspot',
  'zoho-desk',
  'gorgias',
  'rt',
  'generic',
] as const;

export type AdapterId = (typeof ADAPTER_IDS)[number];
