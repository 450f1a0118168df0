// The words rule files are written in. The engine imports them from here (rules are the lower
// layer), so a rule file and the engine can never disagree on what a category or a mood is.

/** The five things Reply Coach coaches on; every rule belongs to exactly one. */
export const CATEGORIES = ['tone', 'empathy', 'clarity', 'personalization', 'follow-up'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How the customer comes across; `repeat` means they had to write again, which frustrates in itself. */
export const MOODS = ['upset', 'urgent', 'repeat', 'neutral', 'positive'] as const;
export type Mood = (typeof MOODS)[number];
